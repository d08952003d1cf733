# Inline-run calls made inside except/finally blocks: bare `raise`, implicit __context__,
# the exception being handled (seen by a bare raise) before/after suspension while other tasks
# handle their own exceptions.
import asyncio

def current():
    try:
        raise
    except RuntimeError:
        return None
    except BaseException as e:
        return e

async def pause():
    await asyncio.sleep(0)

async def info(tag, suspend):
    before = current()
    if suspend:
        await pause()
    after = current()
    print(tag, "exc_info", repr(before), repr(after))
    return after

async def reraise(suspend):
    if suspend:
        await pause()
    raise

async def raise_new(suspend):
    x = await info("raise_new", suspend)
    raise KeyError("new")

async def deep_reraise(n, suspend):
    if n == 0:
        return await reraise(suspend)
    v = await deep_reraise(n - 1, suspend)
    return v

async def handler(tag, suspend):
    try:
        raise ValueError(tag)
    except ValueError:
        r = await info(tag, suspend)
        try:
            await deep_reraise(3, suspend)
        except ValueError as e:
            print(tag, "re-raised", repr(e), e is r)
        try:
            await raise_new(suspend)
        except KeyError as e:
            print(tag, "context", repr(e), repr(e.__context__))
    print(tag, "after except", repr(current()))
    try:
        await reraise(suspend)
    except RuntimeError as e:
        print(tag, "no active exception:", e)
    try:
        try:
            raise TypeError(tag)
        finally:
            await info(tag + "-finally", suspend)
    except TypeError as e:
        print(tag, "finally passed", repr(e))
    return tag

async def main():
    print(await handler("solo", False))
    print(await handler("solo-s", True))
    print(await asyncio.gather(handler("A", True), handler("B", True), handler("C", False)))
    try:
        raise OSError("outer")
    except OSError:
        print(await asyncio.gather(info("in-gather", True), handler("D", True)))
        await info("main", True)

asyncio.run(main())
