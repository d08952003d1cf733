import asyncio
async def spawner(tg, n):
    await asyncio.sleep(0.01)
    print("spawner adds task", n)
    tg.create_task(leaf(n))
async def leaf(n):
    await asyncio.sleep(0.01)
    print("leaf", n, "done")
async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(spawner(tg, 1))
        tg.create_task(spawner(tg, 2))
        print("body exits")
    print("group exited after all leaves")
asyncio.run(main())
