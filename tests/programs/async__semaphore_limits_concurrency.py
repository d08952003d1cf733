import asyncio
active = 0
peak = 0
async def job(n, sem, duration):
    global active, peak
    async with sem:
        active += 1
        peak = max(peak, active)
        print("start", n, "active", active)
        await asyncio.sleep(duration)
        active -= 1
        print("end", n)
    return n
async def main():
    sem = asyncio.Semaphore(2)
    durations = [0.8, 0.02, 0.02, 0.02, 0.02]
    res = await asyncio.gather(*(job(n, sem, d) for n, d in enumerate(durations)))
    print(res, "peak", peak)
asyncio.run(main())
