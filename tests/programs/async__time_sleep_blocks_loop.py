import asyncio
import time
async def blocking(name):
    print(name, "blocks")
    time.sleep(0.4)
    print(name, "unblocks")
async def polite(name):
    print(name, "sleeps")
    await asyncio.sleep(0.2)
    print(name, "wakes")
async def main():
    t0 = time.perf_counter()
    await asyncio.gather(blocking("b1"), blocking("b2"))
    print("time.sleep x2 adds up:", time.perf_counter() - t0 > 0.79)
    t0 = time.perf_counter()
    await asyncio.gather(polite("p1"), polite("p2"))
    print("asyncio.sleep x2 overlaps:", time.perf_counter() - t0 < 0.6)
asyncio.run(main())
