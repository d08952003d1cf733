# Reprs name a decorated function by its first decorator's line, as CPython's
# co_firstlineno does.
import asyncio


def deco(f):
    return f


def outer(tag):
    def wrap(f):
        return f
    return wrap


@deco
async def sl():
    await asyncio.sleep(0)


@outer("x")
@deco
async def two():
    await asyncio.sleep(0)


@deco
def on_done(fut):
    pass


async def main():
    t = asyncio.create_task(sl())
    print(t)
    u = asyncio.create_task(two())
    u.add_done_callback(on_done)
    print(u)
    await t
    await u
    print(t)
    print(u)


asyncio.run(main())
