# Shapes where the plain path and the resumable path (an expression holding an `await`) must
# follow the same rule: order of evaluation and hashing, method lookup before arguments,
# the zero-argument super(), and the line a suspended task reports.
import asyncio


async def get(v):
    await asyncio.sleep(0)
    print("got", v)
    return v


class Loud:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        print("hash", self.n)
        return self.n

    def __eq__(self, other):
        return isinstance(other, Loud) and self.n == other.n


class A:
    def __init__(self, x):
        self.x = x


class B(A):
    def __init__(self, x):
        super().__init__(x)

    async def make(self, x):
        return super().__init__, await get(x)


async def side():
    print("side effect")
    return 1


async def make():
    return get(5)


def show(task):
    r = repr(task)
    return r[r.index("coro=") :]


async def main():
    s = {Loud(await get(i)) for i in range(3)}
    print(len(s))
    d = {Loud(await get(i)): await get(i * 10) for i in range(2)}
    print(len(d))
    s2 = {Loud(1), Loud(await get(2)), Loud(3)}
    d2 = {Loud(1): 1, Loud(await get(2)): await get(20)}
    print(len(s2), len(d2))
    a = A(1)
    try:
        a.missing(await side())
    except AttributeError as e:
        print("AttributeError", e)
    try:
        a.missing(x=await side())
    except AttributeError as e:
        print("AttributeError", e)
    b = B(2)
    init, v = await b.make(3)
    print(b.x, v, init.__name__)
    print(await (await make()))
    t = asyncio.create_task(main_line_probe())
    await asyncio.sleep(0)
    print(show(t))
    await t


async def main_line_probe():
    x = await (
        await make()
    )
    return x


asyncio.run(main())
