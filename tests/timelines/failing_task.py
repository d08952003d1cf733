# One task fails; gather with return_exceptions=True collects its exception.
import asyncio


async def ok(delay):
    await asyncio.sleep(delay)
    return delay


async def broken():
    await asyncio.sleep(0.5)
    raise ValueError("no luck")


async def main():
    results = await asyncio.gather(ok(1), broken(), ok(0.25), return_exceptions=True)
    print(results)


asyncio.run(main())
