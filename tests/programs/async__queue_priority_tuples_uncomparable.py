# PriorityQueue keeps a heapq heap: tuple priorities with ties, the exact heap layout, and
# what a failed comparison leaves behind (heapq's state, CPython's error).
import asyncio


class Job:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Job({self.name})"


async def main():
    q = asyncio.PriorityQueue()
    for item in [(2, "b"), (1, "z"), (3, "c"), (1, "a"), (2, "a"), (0, "first")]:
        await q.put(item)
    print(str(q))
    out = []
    while not q.empty():
        out.append(await q.get())
    print(out)

    # Equal priorities fall through to the second element: Job has no ordering.
    q.put_nowait((1, Job("x")))
    try:
        q.put_nowait((1, Job("y")))
    except TypeError as e:
        print("TypeError:", e)
    print(q.qsize(), str(q))
    # A comparison fails while get() restores the heap: the smallest item is lost, the
    # rest stay half-sifted, as heapq leaves them.
    r = asyncio.PriorityQueue()
    for item in [(1, Job("x")), (2, Job("y")), (2, Job("z"))]:
        r.put_nowait(item)
    print(str(r))
    try:
        await r.get()
    except TypeError as e:
        print("TypeError on get:", e)
    print(r.qsize(), str(r))

    # Items of different types.
    p = asyncio.PriorityQueue()
    p.put_nowait(3)
    try:
        p.put_nowait("three")
    except TypeError as e:
        print("TypeError:", e)
    print(str(p))

    # A long sequence comes out sorted.
    h = asyncio.PriorityQueue()
    seq = [(i * 37) % 101 for i in range(60)]
    for n in seq:
        h.put_nowait(n)
    got = [h.get_nowait() for _ in range(len(seq))]
    print(got == sorted(seq), got[:10])


asyncio.run(main())
