# Cancelling blocked putters: a cancelled putter leaves the queue; one woken by
# get_nowait() and cancelled before it runs passes the free slot on to the next putter.
import asyncio


async def putter(q, item, log):
    try:
        await q.put(item)
        log.append(f"put {item}")
    except asyncio.CancelledError:
        log.append(f"cancelled {item}")
        raise


async def main():
    log = []
    q = asyncio.Queue(maxsize=1)
    await q.put("first")
    p1 = asyncio.create_task(putter(q, "p1", log))
    p2 = asyncio.create_task(putter(q, "p2", log))
    p3 = asyncio.create_task(putter(q, "p3", log))
    await asyncio.sleep(0)
    print("blocked:", str(q), q.full())

    p1.cancel()
    await asyncio.sleep(0)
    print("after cancel p1:", str(q), log)

    # get_nowait wakes p2; p2 is cancelled before it runs, so p3 takes the slot.
    print("got", q.get_nowait())
    p2.cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("after get+cancel p2:", str(q), log)
    print([t.cancelled() for t in (p1, p2, p3)], p3.done())
    while not q.empty():
        print("drain", q.get_nowait())
    q.task_done()
    q.task_done()
    print("final:", str(q))


asyncio.run(main())
