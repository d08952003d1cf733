# Two waiters on an Event that no task ever sets.
import asyncio


async def waiter(name, event):
    print(name, "waits for the start signal")
    await event.wait()
    print(name, "started")


async def main():
    start = asyncio.Event()
    await asyncio.gather(waiter("a", start), waiter("b", start))


asyncio.run(main())
