# Interleaving of several gathered tasks whose inline-run helpers suspend at different
# depths and shapes, some not at all; the same helper awaited in place and from try blocks.
import asyncio

async def helper(tag, depth, suspend_at, n_sleeps):
    print(tag, "enter", depth)
    if depth == suspend_at:
        for i in range(n_sleeps):
            await asyncio.sleep(0)
            print(tag, "tick", i)
    if depth == 0:
        return 0
    if depth % 3 == 0:
        r = await helper(tag, depth - 1, suspend_at, n_sleeps)
    elif depth % 3 == 1:
        r = 1 + await helper(tag, depth - 1, suspend_at, n_sleeps)
    else:
        r = await helper(tag, depth - 1, suspend_at, n_sleeps) + 1 if depth else -99
    print(tag, "leave", depth, r)
    return r

async def from_try(tag, depth, suspend_at):
    try:
        r = await helper(tag, depth, suspend_at, 1)
    except ZeroDivisionError:
        r = None
    print(tag, "try done", r)
    return r

async def worker(tag, depth, suspend_at, n_sleeps):
    print(tag, "worker start")
    a = await helper(tag, depth, suspend_at, n_sleeps)
    print(tag, "between")
    b = await from_try(tag + "'", depth, suspend_at)
    print(tag, "worker end")
    return a, b

async def timed(tag, delay, depth):
    if depth == 0:
        await asyncio.sleep(delay)
        print(tag, "woke")
        return delay
    return await timed(tag, delay, depth - 1)

async def main():
    res = await asyncio.gather(
        worker("A", 4, 4, 2),
        worker("B", 4, 0, 1),
        worker("C", 3, -1, 0),
        worker("D", 5, 2, 3),
    )
    print(res)
    res = await asyncio.gather(timed("x", 0.03, 7), timed("y", 0.01, 2), timed("z", 0.02, 12))
    print(res)
    q = asyncio.Queue()

    async def consumer(depth):
        if depth:
            return await consumer(depth - 1)
        item = await q.get()
        print("consumed", item)
        return item

    async def producer():
        for i in range(3):
            print("produce", i)
            await q.put(i)
            await asyncio.sleep(0)

    res = await asyncio.gather(consumer(5), consumer(0), consumer(9), producer())
    print(res)

asyncio.run(main())
