import asyncio
async def bad():
    await asyncio.sleep(0)
    raise RuntimeError("group member failed")
async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(bad())
        tg.create_task(asyncio.sleep(1))
    print("never")
asyncio.run(main())
