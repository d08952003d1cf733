# wait_for gives up after its timeout: the slow job is cancelled and TimeoutError raised.
import asyncio


async def slow_job():
    await asyncio.sleep(5)
    return "finished"


async def fast_job():
    await asyncio.sleep(0.5)
    return "quick"


async def main():
    print(await asyncio.wait_for(fast_job(), timeout=1))
    try:
        await asyncio.wait_for(slow_job(), timeout=2)
    except TimeoutError:
        print("slow_job timed out")


asyncio.run(main())
