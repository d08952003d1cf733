import asyncio
async def value():
    await asyncio.sleep(0)
    return "v"
async def fails():
    await asyncio.sleep(0)
    raise IndexError("shielded error")
async def main():
    print(await asyncio.shield(value()))
    try:
        await asyncio.shield(fails())
    except IndexError as e:
        print("error passes through:", e)
    fut = asyncio.get_running_loop().create_future()
    fut.set_result("done already")
    print(asyncio.shield(fut) is fut)
    print(await asyncio.shield(fut))
asyncio.run(main())
