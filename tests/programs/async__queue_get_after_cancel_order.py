# After getters are cancelled, items go to the surviving getters in the order they
# blocked, and later gets find the queue in FIFO order.
import asyncio


async def getter(q, name, log):
    try:
        log.append((name, await q.get()))
    except asyncio.CancelledError:
        log.append((name, "cancelled"))


async def main():
    q = asyncio.Queue()
    log = []
    tasks = {n: asyncio.create_task(getter(q, n, log)) for n in "abcde"}
    await asyncio.sleep(0)
    tasks["b"].cancel()
    tasks["d"].cancel()
    for i in range(5):
        q.put_nowait(i)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(log)
    print(str(q))
    print([await q.get() for _ in range(q.qsize())])

    # Cancel a getter while an item is already assigned to it (woken, not yet run).
    log.clear()
    t1 = asyncio.create_task(getter(q, "t1", log))
    t2 = asyncio.create_task(getter(q, "t2", log))
    await asyncio.sleep(0)
    q.put_nowait("only")
    t1.cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(log, str(q))

    # wait_for timing out on get() leaves no stale getter behind.
    try:
        await asyncio.wait_for(q.get(), 0.01)
    except asyncio.TimeoutError:
        print("timed out", str(q))
    q.put_nowait("after")
    print(await q.get(), str(q))


asyncio.run(main())
