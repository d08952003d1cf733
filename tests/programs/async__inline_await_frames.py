# `await f(args)` and `await obj.method(args)` of async functions run inline on the caller's
# stack: frames that suspend keep their locals, arguments that fail leave nothing behind,
# and tasks interleave with frames suspended at every depth.
import asyncio


async def leaf(tag, n):
    a, b = tag * 2, n + 1
    await asyncio.sleep(0)
    return f"{a}{b}"


async def middle(tag, depth):
    before = [tag, depth]
    if depth == 0:
        got = await leaf(tag, depth)
    else:
        got = await middle(tag, depth - 1)
    before.append(got)
    return before


async def chain(n):
    return await chain(n - 1) + 1 if n else 0


def boom(x):
    raise ValueError(f"boom {x}")


async def two(a, b):
    return a + b


class Counter:
    def __init__(self):
        self.total = 0

    async def add(self, k):
        step = k * 2
        await asyncio.sleep(0)
        self.total += step
        return step

    async def add_now(self, k):
        self.total += k
        return self.total


async def worker(name, depth, log):
    for i in range(3):
        r = await middle(f"{name}{i}", depth)
        log.append((name, i, r[-1], len(r)))


async def failing_args():
    for attempt in range(3):
        try:
            await two(attempt, boom(attempt))
        except ValueError as e:
            print("caught", e)
    print(await two(1, 2), await two("x", "y"))
    c = Counter()
    try:
        await c.add(boom("method"))
    except ValueError as e:
        print("caught", e)
    print(await c.add_now(5), c.total)


async def recursion():
    async def down(n):
        return await down(n + 1)

    try:
        await down(0)
    except RecursionError as e:
        print("RecursionError:", e)
    print("after:", await chain(50))


async def unbound():
    async def f(x):
        return x

    try:
        await f(missing)  # noqa: F821
    except NameError as e:
        print("NameError:", e)

    async def g():
        try:
            await f(later)
        except UnboundLocalError as e:
            print("UnboundLocalError:", e)
        later = 1
        return later

    print(await g())


async def main():
    log = []
    await asyncio.gather(worker("a", 3, log), worker("b", 0, log), worker("c", 7, log))
    for entry in log:
        print(entry)
    print(await chain(300))
    c = Counter()
    results = await asyncio.gather(*(c.add(k) for k in range(5)))
    print(results, c.total)
    print(await c.add(10), await c.add_now(1), c.total)
    await failing_args()
    await recursion()
    await unbound()
    print(await middle("end", 20))


asyncio.run(main())
