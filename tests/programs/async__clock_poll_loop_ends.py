# Busy loops that poll the clock see it move, in sync code and in a coroutine.
import asyncio
import time

t0 = time.monotonic()
polls = 0
while time.monotonic() - t0 < 0.05:
    polls += 1
print("sync poll ended:", polls > 0, time.monotonic() - t0 >= 0.05)


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    while loop.time() - start < 0.03:
        pass
    print("async poll ended:", loop.time() - start >= 0.03)
    deadline = time.perf_counter() + 0.02
    while time.perf_counter() < deadline:
        await asyncio.sleep(0)
    print("yielding poll ended")


asyncio.run(main())
