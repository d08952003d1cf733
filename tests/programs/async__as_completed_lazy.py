# as_completed is a generator in CPython: it does nothing before the first next(), makes one
# waiting coroutine per next(), and leaves none un-awaited when a loop over it stops early.
import asyncio


async def boom():
    await asyncio.sleep(0.01)
    raise ValueError("boom")


async def slow(n):
    await asyncio.sleep(5)
    return n


async def main():
    it = asyncio.as_completed(42)  # no error yet: nothing ran
    print("made")
    try:
        next(it)
    except TypeError as e:
        print("TypeError", e)

    try:
        for f in asyncio.as_completed([boom(), slow(1)], timeout=1):
            await f
    except ValueError as e:
        print("stopped early:", e)

    try:
        for f in asyncio.as_completed([slow(2), slow(3)], timeout=0.05):
            print(await f)
    except TimeoutError:
        print("timed out")

    results = []
    for f in asyncio.as_completed([asyncio.sleep(0.4, "b"), asyncio.sleep(0.1, "a")]):
        results.append(await f)
    print(results)

    it = asyncio.as_completed([asyncio.sleep(0, 1)])
    print(await next(it), list(it) == [])


asyncio.run(main())
