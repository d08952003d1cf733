# repr() and str() of the three queues, with items, waiters and unfinished tasks. The
# address in repr() is cut out so the output is deterministic.
import asyncio


def without_address(q):
    r = repr(q)
    start = r.index(" at 0x")
    end = r.index(" ", start + 4)
    return r[:start] + r[end:]


async def main():
    q = asyncio.Queue()
    print(str(q), "|", without_address(q))
    print(f"{q}")
    getters = [asyncio.create_task(q.get()) for _ in range(3)]
    await asyncio.sleep(0)
    print(str(q), "|", without_address(q))
    for i in range(3):
        q.put_nowait(i)
    print(str(q))
    await asyncio.sleep(0)
    print(str(q), [g.result() for g in getters])
    q.task_done()
    print(str(q))

    b = asyncio.Queue(2)
    b.put_nowait("a")
    b.put_nowait({"k": (1, 2)})
    putters = [asyncio.create_task(b.put(n)) for n in range(2)]
    await asyncio.sleep(0)
    print(str(b), "|", without_address(b))
    print(b.get_nowait(), b.get_nowait())
    await asyncio.sleep(0)
    print(str(b))

    p = asyncio.PriorityQueue(maxsize=5)
    for n in [5, 1, 4, 2, 3]:
        p.put_nowait(n)
    print(str(p), "|", without_address(p))
    l = asyncio.LifoQueue()
    l.put_nowait("x")
    l.put_nowait("y")
    print(str(l), "|", without_address(l))
    print(str(asyncio.Queue(maxsize="ten")), str(asyncio.Queue(2.5)))
    print(type(p).__name__, type(l).__module__, isinstance(p, asyncio.Queue))
    print(repr(q).startswith("<Queue at 0x"), repr(p).startswith("<PriorityQueue at 0x"))


asyncio.run(main())
