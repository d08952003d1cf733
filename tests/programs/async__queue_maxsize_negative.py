# A negative (or zero) maxsize means unbounded, as in CPython; maxsize keeps the value given.
import asyncio


async def main():
    for size in (-1, -100, 0, False):
        q = asyncio.Queue(size)
        for i in range(50):
            await q.put(i)
        print(repr(q.maxsize), q.qsize(), q.full(), str(q)[:30])
    p = asyncio.PriorityQueue(maxsize=-5)
    for n in range(10, 0, -1):
        p.put_nowait(n)
    print(p.full(), p.get_nowait(), p.qsize())
    t = asyncio.Queue(True)
    t.put_nowait(1)
    print(t.full(), t.maxsize)


asyncio.run(main())
