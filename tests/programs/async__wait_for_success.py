import asyncio
async def compute(x):
    await asyncio.sleep(0.01)
    return x * 3
async def main():
    print(await asyncio.wait_for(compute(4), timeout=1))
    print(await asyncio.wait_for(compute(5), 0.5))
    print(await asyncio.wait_for(compute(6), timeout=None))
    t = asyncio.create_task(compute(7))
    print(await asyncio.wait_for(t, timeout=1), t.done())
asyncio.run(main())
