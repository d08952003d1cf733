# A task suspended in `async with` (in __aenter__, waiting for a Lock or a Semaphore) is
# "running at" the line of its `async with`, and so is one in __aexit__.
import asyncio


class Slow:
    async def __aenter__(self):
        await asyncio.sleep(0.01)
        return self

    async def __aexit__(self, *exc):
        await asyncio.sleep(0.01)


async def worker(lock):
    async with lock:
        await asyncio.sleep(0.05)


async def guarded(sem):
    async with (
        sem
    ):
        await asyncio.sleep(0.05)


async def slow():
    async with Slow():
        pass


async def waiter(ev):
    await ev.wait()


async def main():
    lock = asyncio.Lock()
    sem = asyncio.Semaphore(1)
    t1 = asyncio.create_task(worker(lock))
    t2 = asyncio.create_task(worker(lock))
    t3 = asyncio.create_task(guarded(sem))
    t4 = asyncio.create_task(guarded(sem))
    ev = asyncio.Event()
    t5 = asyncio.create_task(waiter(ev))
    t6 = asyncio.create_task(slow())
    await asyncio.sleep(0)
    for t in (t2, t4, t5, t6):
        print(t)
    await asyncio.sleep(0.015)
    print(t6)
    ev.set()
    await asyncio.gather(t1, t2, t3, t4, t5, t6)


asyncio.run(main())
