# An awaited coroutine runs inline until it first waits: its plain statements (loops,
# try, comprehensions, nested defs) before and after the first suspension, and an error
# raised by one of them, with the traceback through the awaiting frames.
import asyncio


async def prepare(n):
    total = 0
    for i in range(n):
        if i % 3 == 0:
            continue
        total += i * i
    try:
        {}[n]
    except KeyError as e:
        total += len(str(e))
    squares = [x * x for x in range(n) if x & 1]

    def helper(k):
        return k + total

    return helper(sum(squares))


async def after_wait(n):
    first = await prepare(n)
    await asyncio.sleep(0)
    values = []
    while len(values) < n:
        values.append(len(values) * first)
    return sum(values) % 1000


async def failing(n):
    acc = [i for i in range(n)]
    ratio = acc[-1] / (n - len(acc))
    return ratio


async def middle(n):
    x = await after_wait(n)
    print("after_wait", x)
    return await failing(n)


async def main():
    print(await prepare(10))
    print(await after_wait(6))
    print(await asyncio.gather(after_wait(3), prepare(4)))
    await middle(5)


asyncio.run(main())
