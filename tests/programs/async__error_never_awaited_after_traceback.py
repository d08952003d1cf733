# A coroutine never awaited in a frame an uncaught exception leaves is reported after the
# traceback (the traceback keeps the frame alive), in CPython's exit form.
import asyncio


async def f():
    return 5


async def main():
    c = f()
    print("made", type(c).__name__)
    raise ValueError("boom")


asyncio.run(main())
