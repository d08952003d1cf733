import asyncio, sys
async def a():
    try:
        raise ValueError("a")
    except ValueError:
        await asyncio.sleep(0.2)
        print("a sees", sys.exc_info()[0])
async def b():
    await asyncio.sleep(0.1)
    print("b sees", sys.exc_info()[0])
    try:
        raise KeyError("b")
    except KeyError as e:
        await asyncio.sleep(0.3)
        print("b context", repr(e.__context__))
async def main():
    await asyncio.gather(a(), b())
asyncio.run(main())
