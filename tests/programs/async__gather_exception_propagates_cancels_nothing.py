import asyncio
async def slow(name):
    await asyncio.sleep(0.4)
    print(name, "still finished")
    return name
async def fail():
    await asyncio.sleep(0.01)
    raise KeyError("missing")
async def main():
    t = asyncio.create_task(slow("task"))
    try:
        await asyncio.gather(t, slow("coro"), fail())
    except KeyError as e:
        print("gather raised", repr(e))
    print("task done?", t.done())
    await asyncio.sleep(0.7)
    print("task done?", t.done(), t.cancelled(), t.result())
asyncio.run(main())
