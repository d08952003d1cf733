import asyncio
import time
# Elapsed times are compared with generous bounds, so a loaded machine cannot flip the output.
async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    m0 = time.monotonic()
    try:
        await asyncio.wait_for(asyncio.sleep(5), timeout=0.1)
    except TimeoutError:
        pass
    lt, mt = loop.time() - t0, time.monotonic() - m0
    print("loop.time:", 0.1 <= lt < 2.5, "monotonic:", 0.1 <= mt < 2.5)
    t0 = loop.time()
    done, pending = await asyncio.wait(
        [asyncio.create_task(asyncio.sleep(d)) for d in (0.05, 3)], timeout=0.5)
    print(len(done), len(pending), 0.5 <= loop.time() - t0 < 2.9)
    for t in pending:
        t.cancel()
    await asyncio.gather(*pending, return_exceptions=True)
asyncio.run(main())
