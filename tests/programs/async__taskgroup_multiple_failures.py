import asyncio
async def fail(exc, delay):
    await asyncio.sleep(delay)
    raise exc
async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(KeyError("k"), 0))
            tg.create_task(fail(TypeError("t"), 0))
            tg.create_task(fail(IndexError("late"), 0.2))
    except ExceptionGroup as eg:
        print(type(eg).__name__, len(eg.exceptions))
        for e in eg.exceptions:
            print(" ", type(e).__name__, e)
        print(eg.message)
asyncio.run(main())
