# A future's and a task's result is shown as reprlib.repr shows it: lists cut after six
# items, strings and ints cut in the middle, sets and dicts sorted when they can be.
import asyncio


class Big:
    def __repr__(self):
        return "Big(" + "x" * 40 + ")"


async def give(v):
    return v


async def main():
    loop = asyncio.get_running_loop()
    values = [
        list(range(10)), tuple(range(3)), (1,), (), [], {}, set(), frozenset(),
        {5, 3, 1, 9, 7, 2, 8}, frozenset({3, 1, 2}), {"b": 1, "a": 2, "d": 3, "c": 4, "e": 5},
        "short", "a" * 50, "ab'cd" * 10, "é" * 40, 2 ** 200, -(10 ** 45), 12345,
        [[[[[[[[1]]]]]]]], {1: [1, 2, 3, 4, 5, 6, 7, 8]}, Big(), [Big()] * 2,
        3.5, None, True, [{"k": (1, 2)}] * 8, "bytes",
        {(2, 1), (1, 2)}, {"z": 1, 1: 2},
    ]
    for v in values:
        f = loop.create_future()
        f.set_result(v)
        print(f)
    t = asyncio.create_task(give(list(range(100))))
    await t
    print(t)


asyncio.run(main())
