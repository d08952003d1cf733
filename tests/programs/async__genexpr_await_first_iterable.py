# A generator expression may await in its first iterable (evaluated where it stands); the
# rest runs lazily when it is consumed, after the awaits around it.
import asyncio

log = []


async def nums():
    await asyncio.sleep(0)
    log.append("nums")
    return [1, 2, 3]


def seen(x):
    log.append(x)
    return x


async def main():
    print(sum(x * 2 for x in await nums()))
    g = (seen(x) for x in await nums() if x > 1)
    await asyncio.sleep(0.01)
    log.append("slept")
    print(list(g), log)
    gens = await asyncio.gather(*(asyncio.sleep(0, i) for i in range(3)))
    print(gens)


asyncio.run(main())
