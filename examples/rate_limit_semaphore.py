# Rate limiting with a Semaphore: seven downloads are started at once with gather, but at
# most three may be "on the wire" at the same time. The peak concurrency is tracked to
# prove the limit holds, and the total time shows the downloads ran in three waves
# (3 + 3 + 1) of 0.2 s each instead of 1.4 s one after another. The time is checked against
# bounds, never printed: a loaded machine may take a little longer.
import asyncio
import time

LIMIT = 3
in_flight = 0
peak = 0

async def download(n, sem):
    global in_flight, peak
    async with sem:
        in_flight += 1
        peak = max(peak, in_flight)
        print(f"download {n} starts")
        await asyncio.sleep(0.2)
        in_flight -= 1
    return n * 100

async def main():
    sem = asyncio.Semaphore(LIMIT)
    start = time.monotonic()
    sizes = await asyncio.gather(*(download(n, sem) for n in range(7)))
    elapsed = time.monotonic() - start
    print("sizes:", sizes)
    print("peak in flight:", peak, "limit:", LIMIT)
    print("three waves, not seven downloads in a row:", 0.55 <= elapsed < 1.4)

asyncio.run(main())
