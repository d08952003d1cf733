import asyncio
async def leaf(x):
    await asyncio.sleep(0.01 * (3 - x))
    print("leaf", x)
    return x * 10
async def main():
    inner1 = asyncio.gather(leaf(0), leaf(1))
    inner2 = asyncio.gather(leaf(2), asyncio.gather(leaf(1), leaf(2)))
    res = await asyncio.gather(inner1, inner2, leaf(0))
    print(res)
asyncio.run(main())
