import asyncio
async def get(v):
    await asyncio.sleep(0)
    return v
def combine(a, b, *rest, sep="-"):
    return sep.join(str(x) for x in (a, b) + rest)
async def main():
    print(combine(await get(1), await get(2)))
    print(combine(await get("a"), await get("b"), await get("c"), sep=await get("+")))
    print(max(await get(3), await get(9), await get(4)))
    print(len(await get([1, 2, 3])), str(await get(7)).zfill(3))
    print(sorted(await get([3, 1, 2]), reverse=await get(True)))
asyncio.run(main())
