# Uncaught exception from an inline-run call whose body falls back to a continuation
# (await in try/finally, in a loop, nested await), raised after suspending.
import asyncio

async def g(v):
    await asyncio.sleep(0)
    if v == 3:
        raise KeyError(v)
    return v

async def h(v):
    return v + 1

async def looped():
    total = 0
    for i in range(5):
        total += await g(await h(i))
    return total

async def guarded():
    try:
        x = await looped()
    finally:
        print("guarded finally")
    return x

async def main():
    y = await guarded()
    print(y)

asyncio.run(main())
