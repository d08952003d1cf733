import asyncio
async def resolver(fut):
    print("resolver sleeping")
    await asyncio.sleep(0.01)
    print("resolver sets result")
    fut.set_result({"answer": 42})
    print("resolver continues")
async def main():
    fut = asyncio.get_running_loop().create_future()
    t = asyncio.create_task(resolver(fut))
    print("main awaits future")
    v = await fut
    print("main got", v)
    await t
asyncio.run(main())
