import asyncio
async def quick():
    return 1
async def slow():
    await asyncio.sleep(1)
async def main():
    done_task = asyncio.create_task(quick())
    await done_task
    print("cancel a done task:", done_task.cancel(), done_task.cancelled())
    t = asyncio.create_task(slow())
    await asyncio.sleep(0)
    print("first cancel:", t.cancel())
    print("second cancel:", t.cancel())
    print("cancelling count:", t.cancelling())
    await asyncio.gather(t, return_exceptions=True)
    print("after it finished:", t.cancel(), t.cancelled())
asyncio.run(main())
