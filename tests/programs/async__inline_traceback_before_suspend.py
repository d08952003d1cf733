# Uncaught exception raised inside nested inline-run calls after earlier awaits in the same
# bodies suspended and resumed: full traceback frames and lines.
import asyncio

async def leaf(n):
    if n > 2:
        await asyncio.sleep(0)
        return n
    return {}[n]

async def mid(n):
    first = await leaf(n + 5)
    print("mid first", first)
    await asyncio.sleep(0)
    second = await leaf(n)
    return first + second

async def top(n):
    r = await mid(n)
    return r

async def other():
    await asyncio.sleep(0)
    print("other ran")

async def main():
    t = asyncio.create_task(other())
    await top(1)

asyncio.run(main())
