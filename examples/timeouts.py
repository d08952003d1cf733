# Timeouts two ways: asyncio.wait_for around one awaitable, and the 3.11 context manager
# asyncio.timeout around a whole block. Both cancel the slow work (its finally runs)
# and raise TimeoutError; a timeout that is not reached changes nothing.
import asyncio

async def slow_service(name, delay):
    try:
        await asyncio.sleep(delay)
        return f"{name} answered"
    finally:
        print(f"  ({name} cleanup)")

async def main():
    print(await asyncio.wait_for(slow_service("fast", 0.01), timeout=0.1))
    try:
        await asyncio.wait_for(slow_service("slow", 1), timeout=0.05)
    except TimeoutError:
        print("wait_for: slow service timed out")

    async with asyncio.timeout(0.1) as cm:
        a = await slow_service("a", 0.01)
        b = await slow_service("b", 0.01)
    print(a, "/", b, "/ expired:", cm.expired())

    try:
        async with asyncio.timeout(0.15) as cm:
            for step in range(10):
                await slow_service(f"step{step}", 0.06)
                print("finished step", step)
    except TimeoutError:
        print("timeout block: gave up, expired =", cm.expired())

    loop = asyncio.get_running_loop()
    async with asyncio.timeout(None) as cm:
        cm.reschedule(loop.time() + 0.1)
        print(await slow_service("rescheduled", 0.01))

asyncio.run(main())
