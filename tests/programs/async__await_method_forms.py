# `await obj.method(...)` in every form: queue put/get that finish at once or must wait,
# keyword arguments, a bound method kept in a variable, methods of user classes, and errors
# raised by the method call itself.
import asyncio


class Store:
    def __init__(self):
        self.items = []

    async def add(self, x, times=1):
        await asyncio.sleep(0)
        self.items.extend([x] * times)
        return len(self.items)

    def later(self, x):
        return self.add(x)


async def consumer(q, out):
    while True:
        x = await q.get()
        if x is None:
            break
        out.append(x)


async def main():
    q = asyncio.Queue(maxsize=2)
    out = []
    task = asyncio.create_task(consumer(q, out))
    for i in range(5):
        await q.put(i)
        print("put", i, "size", q.qsize())
    await q.put(item=None)
    await task
    print(out)

    q2 = asyncio.Queue()
    get = q2.get
    q2.put_nowait("a")
    print(await get(), q2.qsize())
    await q2.put("b")
    print(await q2.get())

    s = Store()
    print(await s.add(1), await s.add(2, times=2), await s.later(3), s.items)

    for bad in ["q.put()", "q.get(1)", "s.add()", "s.missing(1)"]:
        try:
            if bad == "q.put()":
                await q.put()
            elif bad == "q.get(1)":
                await q.get(1)
            elif bad == "s.add()":
                await s.add()
            else:
                await s.missing(1)
        except (TypeError, AttributeError) as e:
            print(type(e).__name__, e)


asyncio.run(main())
