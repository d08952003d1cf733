# A cancelled getter leaves the queue; a getter woken by put_nowait() and then cancelled
# before it runs passes its wake-up on to the next getter (CPython's queues.py).
import asyncio


async def getter(q, name, log):
    try:
        item = await q.get()
        log.append(f"{name} got {item}")
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise


async def main():
    log = []
    q = asyncio.Queue()
    a = asyncio.create_task(getter(q, "a", log))
    b = asyncio.create_task(getter(q, "b", log))
    c = asyncio.create_task(getter(q, "c", log))
    await asyncio.sleep(0)
    print("blocked getters:", str(q))

    # Plain cancel of a blocked getter: it is removed, nobody else wakes.
    a.cancel()
    await asyncio.sleep(0)
    print("after cancel a:", str(q), log)

    # b is woken by put_nowait, then cancelled before it runs: c must get the item.
    q.put_nowait("x")
    b.cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("after put+cancel b:", str(q), log)
    print("a", a.cancelled(), "b", b.cancelled(), "c", c.done())
    print("qsize", q.qsize(), "empty", q.empty())

    # A cancelled getter with nothing in the queue wakes nobody.
    d = asyncio.create_task(getter(q, "d", log))
    e = asyncio.create_task(getter(q, "e", log))
    await asyncio.sleep(0)
    d.cancel()
    await asyncio.sleep(0)
    print("after cancel d:", str(q))
    q.put_nowait("y")
    await asyncio.sleep(0)
    print(log)
    print("final:", str(q))


asyncio.run(main())
