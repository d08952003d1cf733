# Sleeps of the same length started in one loop iteration wake in one iteration: every
# "done" line comes before the callbacks they schedule, under either clock.
import asyncio


async def worker(i, delay):
    await asyncio.sleep(delay)
    print("done", i)
    asyncio.get_running_loop().call_soon(print, "cb", i)


async def main():
    await asyncio.gather(*(worker(i, 0.2) for i in range(4)))
    await asyncio.gather(*(worker(i, 0.05) for i in range(10, 13)))
    loop = asyncio.get_running_loop()
    for i in range(3):
        loop.call_later(0.1, print, "timer", i)
    await asyncio.sleep(0.15)
    print("end")


asyncio.run(main())
