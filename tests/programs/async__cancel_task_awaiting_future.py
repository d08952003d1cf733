import asyncio
async def waiter(fut):
    try:
        await fut
    except asyncio.CancelledError:
        print("waiter cancelled")
        raise
async def main():
    fut = asyncio.get_running_loop().create_future()
    t = asyncio.create_task(waiter(fut))
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("future cancelled too:", fut.cancelled(), "task:", t.cancelled())
asyncio.run(main())
