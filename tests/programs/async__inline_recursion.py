# Recursion through inline-run calls: RecursionError caught at various shapes, deep chains
# (500) that suspend at the bottom and resume, sys.setrecursionlimit, several deep tasks.
import asyncio
import sys

async def forever(n):
    return await forever(n + 1)

async def forever_left(n):
    return await forever_left(n + 1) + 1

async def forever_assign(n):
    x = await forever_assign(n + 1)
    return x

async def forever_after_sleep(n):
    if n % 100 == 0:
        await asyncio.sleep(0)
    return 1 + await forever_after_sleep(n + 1)

async def chain(n, log):
    if n == 0:
        log.append("bottom")
        await asyncio.sleep(0)
        log.append("bottom resumed")
        return 0
    r = await chain(n - 1, log)
    return r + 1

async def chain_ifexp(n):
    return await chain_ifexp(n - 1) + 2 if n else await bottom_sleep()

async def bottom_sleep():
    await asyncio.sleep(0.001)
    return 0

async def chain_mixed(n, tag, out):
    if n == 0:
        out.append(tag + " bottom")
        await asyncio.sleep(0)
        out.append(tag + " resumed")
        await asyncio.sleep(0)
        return 0
    if n % 50 == 0:
        out.append(f"{tag} at {n}")
        await asyncio.sleep(0)
    x = await chain_mixed(n - 1, tag, out)
    return x + 1

async def depth_reached(n):
    try:
        return await depth_reached(n + 1)
    except RecursionError:
        return n

async def main():
    for fn in (forever, forever_left, forever_assign, forever_after_sleep):
        try:
            await fn(0)
        except RecursionError as e:
            print(fn.__name__, "RecursionError", e)
    log = []
    print("chain 500", await chain(500, log), log)
    print("chain_ifexp 400", await chain_ifexp(400))
    out = []
    res = await asyncio.gather(chain_mixed(300, "a", out), chain_mixed(150, "b", out),
                               chain_mixed(420, "c", out))
    print(res)
    print(out)
    # many deep tasks suspended at the same time
    out = []
    tasks = [asyncio.create_task(chain_mixed(200 + i, f"t{i}", out)) for i in range(10)]
    print(sum(await asyncio.gather(*tasks)), len(out))
    # lower and raise the limit
    old = sys.getrecursionlimit()
    sys.setrecursionlimit(200)
    try:
        await chain(400, [])
    except RecursionError:
        print("limit 200: chain(400) fails")
    print("limit 200: chain(100)", await chain(100, []))
    sys.setrecursionlimit(5000)
    print("limit 5000: chain(2000)", await chain(2000, []))
    sys.setrecursionlimit(old)
    # the depth where recursion fails is consistent between two runs
    a = await depth_reached(0)
    b = await depth_reached(0)
    print("consistent", a == b)
    await asyncio.sleep(0)
    c = await depth_reached(0)
    print("consistent after sleep", a == c)

asyncio.run(main())
