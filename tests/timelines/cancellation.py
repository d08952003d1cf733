# A task is cancelled while it sleeps: the CancelledError is raised at its await, its
# cleanup runs, and the task that awaited it sees the cancellation.
import asyncio


async def worker():
    try:
        print("worker: sleeping")
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("worker: cancelled, cleaning up")
        raise


async def main():
    task = asyncio.create_task(worker(), name="worker")
    await asyncio.sleep(1)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("main: worker is cancelled:", task.cancelled())


asyncio.run(main())
