# full(), empty(), qsize() and maxsize through a bounded queue's life, and the errors of
# put_nowait() on a full queue and get_nowait() on an empty one.
import asyncio


async def main():
    q = asyncio.Queue(maxsize=3)
    print(q.maxsize, q.qsize(), q.empty(), q.full())
    for i in range(3):
        q.put_nowait(i)
        print(q.qsize(), q.empty(), q.full())
    try:
        q.put_nowait(99)
    except asyncio.QueueFull as e:
        print("QueueFull", repr(e), type(e).__module__, type(e).__qualname__)
    while not q.empty():
        print(q.get_nowait(), q.qsize(), q.empty(), q.full())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print("QueueEmpty", repr(e), str(e) == "", isinstance(e, Exception))
    try:
        q.maxsize = 5
    except AttributeError as e:
        print("AttributeError:", e)
    print(asyncio.Queue(maxsize=1).maxsize, asyncio.LifoQueue(4).maxsize)
    print(asyncio.PriorityQueue().maxsize, asyncio.Queue().full())
    f = asyncio.Queue(1.5)
    f.put_nowait("a")
    print(f.full())
    f.put_nowait("b")
    print(f.full(), f.qsize())
    bad = asyncio.Queue(None)
    try:
        bad.full()
    except TypeError as e:
        print("TypeError:", e)
    try:
        await bad.put(1)
    except TypeError as e:
        print("TypeError from put:", e)
    print(bad.qsize())


asyncio.run(main())
