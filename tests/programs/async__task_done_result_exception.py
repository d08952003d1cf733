import asyncio
async def ok():
    await asyncio.sleep(0)
    return "fine"
async def bad():
    await asyncio.sleep(0)
    raise LookupError("nope")
async def main():
    t1 = asyncio.create_task(ok())
    t2 = asyncio.create_task(bad())
    print(t1.done(), t2.done())
    await asyncio.sleep(0.01)
    print(t1.done(), t2.done())
    print(t1.result(), t1.exception())
    print(repr(t2.exception()))
    try:
        t2.result()
    except LookupError as e:
        print("result() re-raises", repr(e))
asyncio.run(main())
