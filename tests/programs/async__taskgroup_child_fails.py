import asyncio
async def ok(name):
    try:
        await asyncio.sleep(5)
        print(name, "finished (wrong)")
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise
async def bad():
    await asyncio.sleep(0.01)
    raise ValueError("child failed")
async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            t1 = tg.create_task(ok("sibling1"))
            tg.create_task(bad())
            t2 = tg.create_task(ok("sibling2"))
    except ExceptionGroup as eg:
        print(type(eg).__name__)
        print(eg.exceptions)
        print(str(eg))
    print(t1.cancelled(), t2.cancelled())
asyncio.run(main())
