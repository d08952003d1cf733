import asyncio
async def critical(name, lock):
    async with lock:
        print(name, "enters, locked =", lock.locked())
        await asyncio.sleep(0.01)
        print(name, "leaves")
async def main():
    lock = asyncio.Lock()
    print("locked before:", lock.locked())
    await asyncio.gather(critical("a", lock), critical("b", lock), critical("c", lock))
    print("locked after:", lock.locked())
asyncio.run(main())
