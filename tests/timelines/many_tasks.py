# More tasks than the terminal chart shows: the rest are counted under it.
import asyncio


async def job(n):
    await asyncio.sleep(n / 100)
    return n


async def main():
    results = await asyncio.gather(*(job(n) for n in range(60)))
    print(sum(results))


asyncio.run(main())
