import asyncio
state = {"count": 0}
async def watcher(cond):
    async with cond:
        r = await cond.wait_for(lambda: state["count"] >= 3)
        print("watcher sees count", state["count"], "predicate returned", r)
async def main():
    cond = asyncio.Condition()
    t = asyncio.create_task(watcher(cond))
    for _ in range(4):
        await asyncio.sleep(0.01)
        async with cond:
            state["count"] += 1
            print("count ->", state["count"])
            cond.notify_all()
    await t
asyncio.run(main())
