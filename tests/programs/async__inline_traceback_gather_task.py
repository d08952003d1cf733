# Uncaught exception from a gathered task that failed deep in inline-run calls after
# suspending, while a sibling task is suspended at another depth: full traceback.
import asyncio

async def leaf(n, fail):
    await asyncio.sleep(0.01 if fail else 0.03)
    if fail:
        return n / 0
    return n

async def chain(n, fail):
    if n == 0:
        return await leaf(n, fail)
    x = 1
    return x + await chain(n - 1, fail)

async def main():
    a = asyncio.create_task(chain(3, True))
    b = asyncio.create_task(chain(5, False))
    res = await asyncio.gather(a, b)
    print(res)

asyncio.run(main())
