import asyncio
async def ok(x):
    await asyncio.sleep(0.01)
    return x
async def bad(msg):
    await asyncio.sleep(0)
    raise ValueError(msg)
async def main():
    res = await asyncio.gather(ok(1), bad("boom"), ok(3), bad("bang"), return_exceptions=True)
    for r in res:
        print(type(r).__name__, repr(r))
    print(isinstance(res[1], ValueError), res[1].args)
asyncio.run(main())
