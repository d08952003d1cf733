# Two workers share a Lock; both wait on an Event that main sets.
import asyncio


async def worker(name, lock, go):
    await go.wait()
    async with lock:
        print(name, "has the lock")
        await asyncio.sleep(1)
    print(name, "released it")


async def main():
    lock = asyncio.Lock()
    go = asyncio.Event()
    tasks = [asyncio.create_task(worker(n, lock, go), name=n) for n in ("ann", "bob")]
    await asyncio.sleep(0.5)
    go.set()
    await asyncio.wait(tasks)


asyncio.run(main())
