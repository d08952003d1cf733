import asyncio
import time
async def work(n):
    await asyncio.sleep(0.2)
    return n
async def main():
    t0 = time.monotonic()
    print(await asyncio.gather(work(1), work(2), work(3)))
    print("concurrent:", 0.19 < time.monotonic() - t0 < 0.59)
    t0 = time.monotonic()
    for n in range(2):
        await work(n)
    print("sequential:", time.monotonic() - t0 > 0.39)
asyncio.run(main())
