import asyncio
async def main():
    lock = asyncio.Lock()
    print(await lock.acquire(), lock.locked())
    lock.release()
    print(lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    async with lock as value:
        print("as value:", value)
    try:
        async with lock:
            raise ValueError("inside lock")
    except ValueError as e:
        print("error propagated, lock released:", not lock.locked())
asyncio.run(main())
