import asyncio
async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(type(fut).__name__, fut.done(), fut.cancelled())
    fut.set_result(99)
    print(fut.done(), fut.result(), fut.exception())
    print(await fut)
    print(await fut)
asyncio.run(main())
