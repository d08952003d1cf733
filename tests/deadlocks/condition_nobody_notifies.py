# A task waits on a Condition that no task notifies.
import asyncio


async def main():
    ready = asyncio.Condition()
    async with ready:
        print("waiting to be notified")
        await ready.wait()


asyncio.run(main())
