# join() waits for task_done() calls that never come.
import asyncio


async def worker(queue):
    while True:
        item = await queue.get()
        print("handled", item)


async def main():
    queue = asyncio.Queue()
    for i in range(2):
        queue.put_nowait(i)
    asyncio.create_task(worker(queue), name="worker")
    await queue.join()


asyncio.run(main())
