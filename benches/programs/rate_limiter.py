# rate_limiter: thousands of tasks contend for an asyncio.Semaphore (thousands of waiters), each holding it across
# sleep(0); a BoundedSemaphore "burst bucket", an `async with lock` read-modify-write counter, and every 97th
# request cancelled while queued. Only sleep(0): the grant order is deterministic and part of the summary.
import asyncio

MOD = 1000000007


class Limiter:
    def __init__(self, rate, burst):
        self.sem = asyncio.Semaphore(rate)
        self.bucket = asyncio.BoundedSemaphore(burst)
        self.lock = asyncio.Lock()
        self.active = 0
        self.peak = 0
        self.bucket_active = 0
        self.bucket_peak = 0


class Stats:
    def __init__(self):
        self.order = 0
        self.granted = 0
        self.bucket_uses = 0
        self.counter = 0
        self.locked_seen = 0


async def request(i, lim, st):
    async with lim.sem:
        lim.active += 1
        if lim.active > lim.peak:
            lim.peak = lim.active
        st.granted += 1
        st.order = (st.order * 31 + i) % MOD
        await asyncio.sleep(0)
        if i % 3 == 0:
            async with lim.bucket:
                lim.bucket_active += 1
                if lim.bucket_active > lim.bucket_peak:
                    lim.bucket_peak = lim.bucket_active
                await asyncio.sleep(0)
                st.bucket_uses += 1
                lim.bucket_active -= 1
        if lim.sem.locked():
            st.locked_seen += 1
        lim.active -= 1
    async with lim.lock:
        v = st.counter
        if i % 2 == 0:
            await asyncio.sleep(0)
        st.counter = v + i % 7
    return i % 11


async def main(n, rate, burst):
    lim = Limiter(rate, burst)
    st = Stats()
    tasks = [asyncio.create_task(request(i, lim, st)) for i in range(n)]
    await asyncio.sleep(0)
    for i in range(0, n, 97):
        tasks[i].cancel()
    results = await asyncio.gather(*tasks, return_exceptions=True)
    cancelled = 0
    total = 0
    for r in results:
        if isinstance(r, asyncio.CancelledError):
            cancelled += 1
        else:
            total += r
    over = "no"
    try:
        lim.bucket.release()
    except ValueError as e:
        over = str(e)
    print(f"rate_limiter n={n} granted={st.granted} cancelled={cancelled} peak={lim.peak}/{rate} "
          f"bucket={st.bucket_uses} bucket_peak={lim.bucket_peak}/{burst} counter={st.counter} "
          f"locked_seen={st.locked_seen} results={total} order={st.order} over_release={over!r}")


asyncio.run(main(12000, 16, 3))
