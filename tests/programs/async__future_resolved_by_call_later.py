import asyncio
async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.02, fut.set_result, "late value")
    print("waiting")
    value = await fut
    print("got", value)
asyncio.run(main())
