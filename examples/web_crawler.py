# A simulated web crawler. Pages live in a dict with a fake latency per URL; fetch() sleeps
# for that latency. The crawler starts at the home page, fetches every newly discovered link
# concurrently (breadth-first, one gather per level), limits itself to two fetches at a time
# with a Semaphore, skips URLs it has already seen, and records dead links.
import asyncio
import time

PAGES = {
    "/":          (0.02, ["/about", "/blog", "/shop"]),
    "/about":     (0.01, ["/", "/team"]),
    "/blog":      (0.03, ["/blog/1", "/blog/2", "/missing"]),
    "/shop":      (0.02, ["/shop/cart"]),
    "/team":      (0.01, []),
    "/blog/1":    (0.02, ["/blog"]),
    "/blog/2":    (0.01, ["/blog/1"]),
    "/shop/cart": (0.01, ["/"]),
}

async def fetch(url, sem):
    async with sem:
        if url not in PAGES:
            await asyncio.sleep(0.01)
            raise LookupError(f"404 {url}")
        latency, links = PAGES[url]
        await asyncio.sleep(latency)
        return links

async def crawl(start):
    sem = asyncio.Semaphore(2)
    seen = {start}
    level = [start]
    depth = 0
    dead = []
    while level:
        results = await asyncio.gather(*(fetch(u, sem) for u in level), return_exceptions=True)
        print(f"depth {depth}: fetched {level}")
        next_level = []
        for url, result in zip(level, results):
            if isinstance(result, Exception):
                dead.append((url, str(result)))
                continue
            for link in result:
                if link not in seen:
                    seen.add(link)
                    next_level.append(link)
        level = next_level
        depth += 1
    return sorted(seen), dead

async def main():
    start = time.perf_counter()
    seen, dead = await crawl("/")
    print(len(seen), "urls seen:", seen)
    print("dead links:", dead)
    print("crawl finished in under a second:", time.perf_counter() - start < 1)

asyncio.run(main())
