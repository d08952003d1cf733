# crawler: 50 workers on an asyncio.Queue of URLs, Semaphore(20) fetches under wait_for, a Lock-protected
# page counter, a TaskGroup re-checking a batch of pages, then the workers cancelled and gathered.
# "Hung" pages (u % 1009 == 7) await a future that never completes, so their 1 ms wait_for always fires;
# every other fetch gets a 30 s timeout that never fires. The summary is independent of timing.
import asyncio

N_URLS = 4500
HUNG_TIMEOUT = 0.001
TIMEOUT = 30.0


def links_of(u):
    h = (u * 2654435761 + 12345) % 4294967296
    k = h % 5
    out = []
    for _ in range(k):
        h = (h * 1103515245 + 12345) % 2147483648
        out.append((h >> 4) % N_URLS)
    return out


def is_hung(u):
    return u % 1009 == 7


class Stats:
    def __init__(self):
        self.lock = asyncio.Lock()
        self.pages = 0
        self.bytes = 0
        self.timeouts = 0
        self.in_flight = 0
        self.max_in_flight = 0


async def fetch(u, sem, stats):
    async with sem:
        stats.in_flight += 1
        if stats.in_flight > stats.max_in_flight:
            stats.max_in_flight = stats.in_flight
        try:
            if is_hung(u):
                await asyncio.get_running_loop().create_future()
            for _ in range(u % 3):
                await asyncio.sleep(0)
            body = f"<html><title>page {u}</title>{'x' * (u % 17)}</html>"
            return links_of(u), len(body)
        finally:
            stats.in_flight -= 1


async def fetch_with_timeout(u, sem, stats):
    timeout = HUNG_TIMEOUT if is_hung(u) else TIMEOUT
    try:
        return await asyncio.wait_for(fetch(u, sem, stats), timeout=timeout)
    except asyncio.TimeoutError:
        async with stats.lock:
            stats.timeouts += 1
        return None


async def worker(q, seen, sem, stats):
    while True:
        u = await q.get()
        try:
            res = await fetch_with_timeout(u, sem, stats)
            if res is not None:
                links, size = res
                async with stats.lock:
                    stats.pages += 1
                    stats.bytes += size
                for v in links:
                    if v not in seen:
                        seen.add(v)
                        q.put_nowait(v)
        finally:
            q.task_done()


async def recheck(u, sem, stats, out):
    res = await fetch_with_timeout(u, sem, stats)
    if res is not None:
        out.append(u * 3 + len(res[0]) + res[1])


async def main(n_workers, n_seeds, batch):
    q = asyncio.Queue()
    sem = asyncio.Semaphore(20)
    stats = Stats()
    seen = set()
    for s in range(n_seeds):
        seen.add(s * 97)
        q.put_nowait(s * 97)
    workers = [asyncio.create_task(worker(q, seen, sem, stats)) for _ in range(n_workers)]
    await q.join()
    crawl_pages = stats.pages
    crawl_timeouts = stats.timeouts

    out = []
    order = sorted(seen)
    todo = [order[i % len(order)] for i in range(batch)]
    async with asyncio.TaskGroup() as tg:
        for u in todo:
            tg.create_task(recheck(u, sem, stats, out))
    recheck_sum = sum(out)

    for w in workers:
        w.cancel()
    results = await asyncio.gather(*workers, return_exceptions=True)
    cancelled = sum(1 for r in results if isinstance(r, asyncio.CancelledError))
    print(f"crawler seen={len(seen)} pages={crawl_pages} timeouts={crawl_timeouts} bytes={stats.bytes} "
          f"rechecked={len(out)}/{len(todo)} recheck_sum={recheck_sum} total_timeouts={stats.timeouts} "
          f"max_in_flight={stats.max_in_flight} cancelled={cancelled} in_flight={stats.in_flight}")


asyncio.run(main(50, 10, 5000))
