import asyncio
import time
async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    m0 = time.monotonic()
    try:
        await asyncio.wait_for(asyncio.sleep(5), timeout=0.1)
    except TimeoutError:
        pass
    print("loop.time:", round(loop.time() - t0, 1), "monotonic:", round(time.monotonic() - m0, 1))
    t0 = loop.time()
    done, pending = await asyncio.wait(
        [asyncio.create_task(asyncio.sleep(d)) for d in (0.05, 0.2)], timeout=0.1)
    print(len(done), len(pending), round(loop.time() - t0, 1))
    await asyncio.gather(*pending)
asyncio.run(main())
