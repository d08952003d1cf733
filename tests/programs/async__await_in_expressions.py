import asyncio
async def f(x=1):
    await asyncio.sleep(0)
    return x
async def main():
    x = 1 + await f(2)
    print(x)
    print(await f("printed directly"))
    y = await f(3) * await f(4) - await f(5)
    print(y)
    z = -await f(6)
    print(z, not await f(0))
    print([await f(1), await f(2)], {await f("k"): await f("v")})
    print(await f(10) if await f(True) else "no")
    print((await f(1), await f(2)))
asyncio.run(main())
