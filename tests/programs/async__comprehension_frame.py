# A comprehension with `await` in a coroutine has the same <listcomp> frame.
import asyncio


async def half(x):
    await asyncio.sleep(0)
    return 10 // x


async def main():
    print([await half(x) for x in [5, 2]])
    print({x: await half(x) for x in [5, 0]})

asyncio.run(main())
