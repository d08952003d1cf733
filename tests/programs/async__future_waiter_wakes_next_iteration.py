import asyncio
async def waiter(fut):
    print("waiter waiting")
    v = await fut
    print("waiter woke with", v)
async def setter(fut):
    await asyncio.sleep(0)
    fut.set_result("go")
    print("setter after set_result")
    await asyncio.sleep(0)
    print("setter second step")
async def main():
    fut = asyncio.get_running_loop().create_future()
    await asyncio.gather(waiter(fut), setter(fut))
asyncio.run(main())
