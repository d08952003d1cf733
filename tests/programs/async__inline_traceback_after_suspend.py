# Uncaught exception raised after a suspension at the bottom of a chain of inline-run calls,
# one per in-place shape: the whole traceback must list every frame and line.
import asyncio

async def e(n):
    await asyncio.sleep(0)
    print("e resumed", n)
    raise ValueError(f"deep {n}")

async def d(n, flag):
    return await e(n) + 1 if flag else 0

async def c(n):
    k = 1
    return k - await d(n, True)

async def b(n):
    return await c(n) * 2

async def a(n):
    x = await b(n)
    print("never", x)
    return x

async def main():
    print("start")
    await a(3)
    print("never")

asyncio.run(main())
