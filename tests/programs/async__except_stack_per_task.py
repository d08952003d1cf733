# Each task keeps its own stack of exceptions being handled across its suspensions:
# a bare `raise` and implicit chaining after an `await` see the task's own exception.
import asyncio


async def a():
    try:
        raise ValueError("a")
    except ValueError:
        await asyncio.sleep(0)
        try:
            raise
        except ValueError as e:
            print("a re-raised", repr(e))


async def b():
    try:
        raise KeyError("b")
    except KeyError:
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        try:
            raise
        except KeyError as e:
            print("b re-raised", repr(e))


async def c():
    try:
        raise RuntimeError("c")
    except RuntimeError:
        await asyncio.sleep(0)
        try:
            raise TypeError("inner")
        except TypeError as e:
            print("c context", repr(e.__context__))


async def plain():
    await asyncio.sleep(0)
    try:
        raise
    except RuntimeError as e:
        print("plain:", e)


async def main():
    await asyncio.gather(a(), b(), c(), plain())
    t = asyncio.create_task(a(), name="custom")
    print(t.get_name())
    t.set_name("renamed")
    print(t.get_name(), t.done())
    await t
    u = asyncio.create_task(b())
    print(u.get_name())
    await u
    try:
        raise OSError("outer")
    except OSError:
        await asyncio.gather(a(), plain())
        try:
            raise
        except OSError as e:
            print("main still handles", repr(e))


asyncio.run(main())
