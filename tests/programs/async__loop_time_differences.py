import asyncio
async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    await asyncio.sleep(0.1)
    t1 = loop.time()
    print(0.09 < t1 - t0 < 1.5)
    await asyncio.gather(asyncio.sleep(0.2), asyncio.sleep(0.1))
    print(0.19 < loop.time() - t1 < 1.5)
    print(type(t0).__name__, t1 > t0)
asyncio.run(main())
