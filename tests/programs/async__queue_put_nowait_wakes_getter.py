# put_nowait() from plain code (a callback) wakes the oldest blocked getter, one per item,
# in the order the getters blocked.
import asyncio


async def getter(q, name, log):
    item = await q.get()
    log.append(f"{name}:{item}")


async def main():
    q = asyncio.Queue()
    log = []
    tasks = [asyncio.create_task(getter(q, n, log)) for n in "abc"]
    await asyncio.sleep(0)
    loop = asyncio.get_running_loop()
    loop.call_soon(q.put_nowait, 1)
    loop.call_soon(q.put_nowait, 2)
    await asyncio.sleep(0)
    print(log, str(q))
    await asyncio.sleep(0)
    print(log, str(q))
    q.put_nowait(3)
    q.put_nowait(4)
    print(str(q))
    await asyncio.gather(*tasks)
    print(log, str(q))
    print(q.get_nowait())


asyncio.run(main())
