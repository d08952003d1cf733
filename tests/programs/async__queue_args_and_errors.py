# Construction and call errors read as CPython's (the methods are Python functions there),
# keyword arguments work, and get()/put() return coroutine objects.
import asyncio


def show(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__ + ":", e)


async def main():
    q = asyncio.Queue(maxsize=2)
    show(lambda: asyncio.Queue(1, 2))
    show(lambda: asyncio.Queue(foo=1))
    show(lambda: asyncio.PriorityQueue(1, maxsize=2))
    show(lambda: q.put_nowait())
    show(lambda: q.put_nowait(1, 2))
    show(lambda: q.put_nowait(1, item=2))
    show(lambda: q.get_nowait(5))
    show(lambda: q.task_done(1))
    show(lambda: q.qsize(x=1))
    show(lambda: asyncio.Queue.qsize())
    show(lambda: asyncio.Queue.put())
    await q.put(item="kw")
    q.put_nowait(item="kw2")
    print(str(q))
    coro = q.get()
    print(type(coro).__name__, coro.__qualname__)
    print(await coro)
    j = q.join()
    print(j.__qualname__)
    q.get_nowait()
    q.task_done()
    q.task_done()
    await j
    print("joined", str(q))
    print(asyncio.Queue.qsize(q), asyncio.LifoQueue.empty(q))


asyncio.run(main())
