# A producer and two consumers on a bounded queue.
import asyncio


async def producer(queue):
    for i in range(4):
        await queue.put(i)
        print("put", i)
        await asyncio.sleep(0.5)
    for _ in range(2):
        await queue.put(None)


async def consumer(name, queue):
    while True:
        item = await queue.get()
        if item is None:
            break
        print(name, "got", item)
        await asyncio.sleep(1)


async def main():
    queue = asyncio.Queue(maxsize=2)
    await asyncio.gather(
        producer(queue),
        consumer("first", queue),
        consumer("second", queue),
    )


asyncio.run(main())
