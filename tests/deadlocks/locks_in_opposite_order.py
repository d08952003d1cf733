# Two tasks take the same two Locks in opposite orders: each holds the one the other wants.
import asyncio


async def transfer(name, first, second):
    async with first:
        print(name, "holds its first lock")
        await asyncio.sleep(0.1)
        async with second:
            print(name, "holds both")


async def main():
    a, b = asyncio.Lock(), asyncio.Lock()
    await asyncio.gather(transfer("left", a, b), transfer("right", b, a))


asyncio.run(main())
