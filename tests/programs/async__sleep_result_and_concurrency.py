import asyncio
import time
async def main():
    value = await asyncio.sleep(0.01, result="slept")
    print(value)
    start = time.perf_counter()
    out = await asyncio.gather(*[asyncio.sleep(0.3, result=i) for i in range(3)])
    elapsed = time.perf_counter() - start
    print(out, 0.29 < elapsed < 0.85)
asyncio.run(main())
