import asyncio
async def shared():
    print("shared work")
    await asyncio.sleep(0.01)
    return "shared result"
async def waiter(name, task):
    r = await task
    print(name, "got", r)
    return name
async def main():
    t = asyncio.create_task(shared())
    print(await asyncio.gather(waiter("w1", t), waiter("w2", t), waiter("w3", t)))
    print(await t, await t)
asyncio.run(main())
