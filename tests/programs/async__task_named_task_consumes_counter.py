import asyncio
async def noop():
    pass
async def main():
    a = asyncio.create_task(noop(), name="explicit")
    b = asyncio.create_task(noop())
    fut = asyncio.get_running_loop().create_future()
    c = asyncio.create_task(noop())
    print(a.get_name(), b.get_name(), c.get_name())
    fut.set_result(None)
    await asyncio.gather(a, b, c, fut)
asyncio.run(main())
