# A consumer keeps reading after the producer has put its last item.
import asyncio


async def producer(queue):
    for i in range(3):
        await queue.put(i)


async def consumer(queue):
    while True:
        item = await queue.get()
        print("got", item)


async def main():
    queue = asyncio.Queue()
    await asyncio.gather(producer(queue), consumer(queue))


asyncio.run(main())
