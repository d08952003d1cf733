import asyncio
async def job(name):
    print("start", name)
    await asyncio.sleep(0)
    print("end", name)
    return name
async def main():
    t1 = asyncio.create_task(job("task1"))
    t2 = asyncio.create_task(job("task2"))
    res = await asyncio.gather(job("coro1"), t2, job("coro2"), t1)
    print(res)
asyncio.run(main())
