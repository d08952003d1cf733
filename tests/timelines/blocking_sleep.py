# time.sleep blocks the whole loop: the other task cannot run until it returns.
import asyncio
import time


async def ticker():
    for i in range(3):
        print("tick", i)
        await asyncio.sleep(0.5)


async def blocker():
    await asyncio.sleep(0.2)
    print("blocking for 1 s")
    time.sleep(1)
    print("unblocked")


async def main():
    await asyncio.gather(ticker(), blocker())


asyncio.run(main())
