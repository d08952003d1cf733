# Inline-run calls of async defs with closures/cells, nonlocal, defaults, *args/**kwargs,
# keyword arguments, methods, staticmethods, and suspension in the middle of each.
import asyncio

async def pause(n=1):
    for _ in range(n):
        await asyncio.sleep(0)

async def with_cells(a, b):
    def add():
        return a + b
    counter = 0
    def bump():
        nonlocal counter
        counter += 1
        return counter
    bump()
    x = await pause_then(add())
    bump()
    a = 100
    y = await pause_then(add())
    bump()
    return x, y, counter, bump()

async def pause_then(v):
    await pause()
    return v

async def captured_param(n):
    fs = [lambda: n]
    await pause()
    n = n * 2
    return fs[0]()

async def defaults(a, b=10, c=[]):
    c.append(a)
    r = await pause_then(a + b)
    return r, list(c)

async def star(*args):
    await pause()
    return sum(args)

async def star_kw(a, *rest, k=3, **kw):
    x = await pause_then(a)
    return x, rest, k, sorted(kw.items())

async def kwonly(a, *, b):
    return await pause_then(a * b)

async def posonly(a, b, /):
    return await pause_then(a - b)

def make_counter():
    count = 0
    async def incr(step):
        nonlocal count
        before = count
        await pause()
        count += step
        return before, count
    return incr

class Acc:
    def __init__(self):
        self.total = 0
    async def add(self, v):
        await pause()
        self.total += v
        return self.total
    async def add_twice(self, v):
        a = await self.add(v)
        b = await self.add(v) + 1000
        return a, b
    @staticmethod
    async def static(v):
        return await pause_then(v * 3)
    @classmethod
    async def cls(cls, v):
        return cls.__name__, await pause_then(v)
    async def __call__(self, v):
        return await self.add(v)

async def recursive_closure(n):
    async def inner(k):
        if k == 0:
            await pause()
            return n
        return await inner(k - 1) + 1
    return await inner(n)

async def generator_closure(n):
    items = [i for i in range(n)]
    total = await pause_then(sum(x * n for x in items))
    return total

async def assign_cell(v):
    def get():
        return x
    x = 0
    x = await pause_then(v)
    first = get()
    x = await pause_then(v) + 1
    second = get()
    x = 1 + await pause_then(v)
    return first, second, get()

g_val = 0

async def assign_global(v):
    global g_val
    g_val = await pause_then(v)
    g_val = g_val + await pause_then(v)
    return g_val

async def main():
    print(await assign_cell(5), await assign_global(7), g_val)
    print(await with_cells(1, 2))
    print(await captured_param(4))
    print(await defaults(1))
    print(await defaults(2))
    print(await defaults(3, 4))
    print(await defaults(5, c=[]))
    print(await star(1, 2, 3))
    print(await star(*range(5)))
    print(await star_kw(1, 2, 3, k=4, z=5, y=6))
    print(await star_kw(7))
    print(await kwonly(3, b=4))
    print(await posonly(10, 4))
    incr = make_counter()
    print(await incr(2), await incr(3))
    print(await asyncio.gather(incr(1), incr(10), incr(100)))
    acc = Acc()
    print(await acc.add(5), await acc.add_twice(1))
    print(await Acc.static(2), await acc.static(3), await Acc.cls(4), await acc.cls(5))
    print(await acc(7), acc.total)
    m = acc.add
    print(await m(1))
    print(await recursive_closure(20))
    print(await generator_closure(5))
    try:
        await defaults()
    except TypeError as e:
        print("TypeError", e)
    try:
        await posonly(1, b=2)
    except TypeError as e:
        print("TypeError", e)
    try:
        await pause_then(1, 2)
    except TypeError as e:
        print("TypeError", e)
    try:
        await kwonly(1)
    except TypeError as e:
        print("TypeError", e)

asyncio.run(main())
