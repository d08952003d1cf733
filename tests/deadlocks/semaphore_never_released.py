# acquire() without release(): the second worker waits for ever.
import asyncio


async def worker(name, sem):
    await sem.acquire()
    print(name, "got in")
    await asyncio.sleep(0.1)


async def main():
    sem = asyncio.Semaphore(1)
    await asyncio.gather(worker("first", sem), worker("second", sem))


asyncio.run(main())
