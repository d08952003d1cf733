# Every form of `await <call>`: async def with positional, keyword, starred and default
# arguments; a plain function returning a coroutine or a task; a class with __await__;
# wrong arguments; and an exception raised deep in a chain of awaited calls.
import asyncio


async def add(a, b=10, *rest, scale=1):
    await asyncio.sleep(0)
    return (a + b + sum(rest)) * scale


def make(n):
    return add(n, n)


class Later:
    def __init__(self, value):
        self.value = value

    def __await__(self):
        return add(self.value).__await__()


async def fail(n):
    if n == 0:
        raise ValueError("bottom reached")
    return await fail(n - 1) + 1


async def main():
    print(await add(1))
    print(await add(1, 2))
    print(await add(1, 2, 3, 4))
    print(await add(1, b=5))
    print(await add(*[1, 2], scale=3))
    print(await add(**{"a": 7, "b": 1}))
    print(await make(4))
    task = asyncio.create_task(add(100))
    print(await (lambda: task)())
    print(await Later(5))
    for bad in [lambda: add(), lambda: add(1, c=2), lambda: add(1, 2, scale=1, a=3)]:
        try:
            await bad()
        except TypeError as e:
            print("TypeError:", e)
    try:
        await add()
    except TypeError as e:
        print("direct:", e)
    try:
        await fail(3)
    except ValueError as e:
        print("ValueError:", e)
    await fail(2)


asyncio.run(main())
