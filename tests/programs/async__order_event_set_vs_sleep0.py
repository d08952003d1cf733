import asyncio
async def waiter(ev):
    await ev.wait()
    print("waiter wakes")
async def busy():
    for i in range(3):
        print("busy", i)
        await asyncio.sleep(0)
async def main():
    ev = asyncio.Event()
    w = asyncio.create_task(waiter(ev))
    await asyncio.sleep(0)
    b = asyncio.create_task(busy())
    ev.set()
    print("event set")
    await asyncio.gather(w, b)
asyncio.run(main())
