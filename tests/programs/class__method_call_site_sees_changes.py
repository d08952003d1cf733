# One call site, called again and again, must see every change to what its method is:
# the class's method replaced or deleted, an instance attribute shadowing it, a subclass
# or a new class passed in, classes that come and go, and methods of built-in types
# (where the same site meets a list and a set).
import asyncio


class A:
    def greet(self):
        return "A.greet"


class B(A):
    pass


def call_greet(obj):
    return obj.greet()  # the one call site


a = A()
b = B()
print(call_greet(a), call_greet(b))

A.greet = lambda self: "replaced on A"
print(call_greet(a), call_greet(b))

B.greet = lambda self: "B's own"
print(call_greet(a), call_greet(b))

del B.greet
print(call_greet(b))

a.greet = lambda: "instance attribute"
print(call_greet(a))
del a.greet
print(call_greet(a))

setattr(A, "greet", lambda self: "via setattr")
print(call_greet(a), call_greet(b))


def make(tag):
    class C:
        def greet(self):
            return tag

    return C()


for i in range(5):
    print(call_greet(make(f"made {i}")))


def up(s):
    return s.upper()


print(up("abc"), up("xyz"))


def pop_all(xs):
    out = []
    while xs:
        out.append(xs.pop())
    return out


print(pop_all([1, 2, 3]), pop_all({7}), pop_all([]))


class Q(asyncio.Queue):
    pass


async def main():
    for q in (asyncio.Queue(), Q(), asyncio.LifoQueue()):
        for i in range(3):
            await q.put(i)
        got = []
        for _ in range(3):
            got.append(await q.get())
        print(type(q).__name__, got)
    Q.get = lambda self: asyncio.sleep(0, "patched get")
    q = Q()
    await q.put(1)
    print(await q.get())


asyncio.run(main())
