import asyncio
async def job(name):
    print("job", name, "running")
    return name
async def main():
    t1 = asyncio.create_task(job("one"))
    print("created one")
    t2 = asyncio.create_task(job("two"))
    print("created two, done?", t1.done(), t2.done())
    await asyncio.sleep(0)
    print("after one yield, done?", t1.done(), t2.done())
    print(await t1, await t2)
asyncio.run(main())
