import asyncio
async def quick(tag):
    return tag
async def ticker():
    for i in range(3):
        print("tick", i)
        await asyncio.sleep(0)
async def main():
    t = asyncio.create_task(ticker())
    await asyncio.sleep(0)
    print("await coroutine:", await quick("coro"))
    print("await task:", await asyncio.create_task(quick("task")))
    await t
asyncio.run(main())
