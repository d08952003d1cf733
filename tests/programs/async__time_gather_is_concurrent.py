import asyncio
import time
async def work(n):
    await asyncio.sleep(0.1)
    return n
async def main():
    t0 = time.monotonic()
    print(await asyncio.gather(work(1), work(2), work(3)))
    print("concurrent:", round(time.monotonic() - t0, 1))
    t0 = time.monotonic()
    for n in range(2):
        await work(n)
    print("sequential:", round(time.monotonic() - t0, 1))
asyncio.run(main())
