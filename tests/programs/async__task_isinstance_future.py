import asyncio
async def job():
    return 1
async def main():
    t = asyncio.create_task(job())
    print(isinstance(t, asyncio.Task), isinstance(t, asyncio.Future))
    f = asyncio.get_running_loop().create_future()
    print(isinstance(f, asyncio.Task), isinstance(f, asyncio.Future))
    print(type(t).__name__, type(f).__name__)
    print(asyncio.isfuture(t), asyncio.isfuture(f), asyncio.isfuture(job))
    await t
    f.cancel()
asyncio.run(main())
