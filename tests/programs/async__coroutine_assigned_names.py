# A coroutine takes its __qualname__ and __name__ from its function, also when a program
# reassigned them (as functools.wraps does).
import asyncio

async def job():
    return 1

job.__qualname__ = "Renamed.job"
job.__name__ = "renamed"

async def main():
    c = job()
    print(c.__qualname__, c.__name__, job.__qualname__, job.__name__)
    print(await c)
    t = asyncio.create_task(job())
    await t
    print(t)

asyncio.run(main())


async def foo():
    pass


async def renamed_later():
    c = foo()
    foo.__qualname__ = "Later"
    print(c.__qualname__, c.__name__)
    await c
    d = foo()
    print(d.__qualname__, d.__name__)
    await d


asyncio.run(renamed_later())
