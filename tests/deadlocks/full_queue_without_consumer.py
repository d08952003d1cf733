# A producer fills a bounded queue that nothing reads.
import asyncio


async def main():
    queue = asyncio.Queue(maxsize=2)
    for i in range(5):
        await queue.put(i)
        print("put", i)


asyncio.run(main())
