# Subclasses of asyncio.Queue, LifoQueue and PriorityQueue: overridden methods, super(),
# instance attributes, isinstance, and waiting getters.
import asyncio
class MyQ(asyncio.Queue):
    def __init__(self):
        super().__init__(3)
        self.count = 0
    async def put(self, item):
        self.count += 1
        await super().put(item)
class Lifo(asyncio.LifoQueue):
    def _put(self, item):
        super()._put(item * 10)
class Prio(asyncio.PriorityQueue):
    pass
async def main():
    q = MyQ()
    await q.put(1)
    print(q.count, q.qsize(), await q.get(), type(q).__name__)
    print(q)
    print(isinstance(q, asyncio.Queue), issubclass(MyQ, asyncio.Queue), isinstance(q, asyncio.LifoQueue))
    l = Lifo()
    for i in range(3):
        l.put_nowait(i)
    print([l.get_nowait() for _ in range(3)], isinstance(l, asyncio.Queue), isinstance(l, asyncio.LifoQueue))
    p = Prio()
    for x in [3, 1, 2]:
        await p.put(x)
    print([await p.get() for _ in range(3)], isinstance(p, asyncio.PriorityQueue))
    try:
        MyQ().get_nowait()
    except asyncio.QueueEmpty:
        print("empty")
    async def consumer():
        return await q.get()
    t = asyncio.create_task(consumer())
    await asyncio.sleep(0)
    await q.put(7)
    print(await t, q.count)
asyncio.run(main())
