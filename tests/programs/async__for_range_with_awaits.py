# `for` over a range inside a coroutine, with awaits in the body: every step, break,
# continue, return and else path, the loop variable after the loop, and ranges that are
# empty, negative or beyond 64 bits.
import asyncio


async def tick(x):
    await asyncio.sleep(0)
    return x


async def walk(r):
    seen = []
    for i in r:
        seen.append(await tick(i))
    else:
        seen.append("else")
    return seen


async def stops_early():
    out = []
    for i in range(10):
        if i == 2:
            continue
        out.append(await tick(i))
        if i == 4:
            break
    else:
        out.append("not reached")
    return out, i


async def returns_inside():
    for i in range(5, 0, -1):
        if await tick(i) == 3:
            return f"returned at {i}"
    return "fell through"


async def rebinds():
    i = "before"
    for i in range(0):
        await tick(i)
    first = i
    for i in range(3):
        i = await tick(i * 10)
    return first, i


async def nested():
    pairs = []
    for a in range(2):
        for b in range(a, 3):
            pairs.append((a, await tick(b)))
    return pairs


async def main():
    print(await walk(range(4)))
    print(await walk(range(10, 0, -3)))
    print(await walk(range(5, 5)))
    print(await walk(range(2**64, 2**64 + 2)))
    print(await walk(range(-2, 2)))
    print(await stops_early())
    print(await returns_inside())
    print(await rebinds())
    print(await nested())
    print(await asyncio.gather(walk(range(3)), walk(range(3, 0, -1))))


asyncio.run(main())
