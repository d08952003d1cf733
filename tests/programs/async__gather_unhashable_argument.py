# gather keys its arguments in a dict, as CPython does: a list passed whole is unhashable.
import asyncio


async def f(x):
    return x


async def main():
    coros = [f(1), f(2)]
    try:
        await asyncio.gather(coros)
    except TypeError as e:
        print(type(e).__name__, e)
    print(await asyncio.gather(*coros))
    try:
        await asyncio.gather({1: 2})
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        await asyncio.gather(5)
    except TypeError as e:
        print(type(e).__name__, e)
    t = asyncio.ensure_future(f(3))
    print(await asyncio.gather(t, t, f(4)))


asyncio.run(main())
