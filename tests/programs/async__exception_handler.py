# The loop's exception handler: set/get, the contexts the loop hands it (an exception in a
# callback or a done callback, a task exception never retrieved, one at shutdown),
# call_exception_handler, default_exception_handler, and a handler that fails.
import asyncio


def strip(text):
    # Reprs name the program's file by its absolute path and a timer's deadline by the
    # clock: keep the rest.
    words = [w for w in str(text).split(" ") if not w.startswith("when=")]
    return " ".join(words).split(" at ")[0]


def cb(x):
    raise ValueError(x)


def done_cb(fut):
    raise ValueError("done callback")


async def bad():
    raise KeyError("k")


async def job():
    return 1


seen = []


def handler(loop, context):
    seen.append(loop)
    print("handler:", sorted(context), strip(context["message"]).split("(<")[0])
    print("  exception:", repr(context.get("exception")))
    if "handle" in context:
        print("  handle:", strip(repr(context["handle"])).split("(<")[0])
    if "future" in context:
        print("  future:", repr(context["future"]).split(" coro=")[0])
    if "task" in context:
        print("  task:", repr(context["task"]).split(" coro=")[0])


async def main():
    loop = asyncio.get_running_loop()
    print(loop.get_exception_handler())
    loop.set_exception_handler(handler)
    print(loop.get_exception_handler() is handler)
    loop.call_soon(cb, 2)
    await asyncio.sleep(0.1)
    print(seen[-1] is loop)
    loop.call_later(0.05, cb, "later")
    await asyncio.sleep(0.1)
    t = asyncio.create_task(job())
    t.add_done_callback(done_cb)
    await t
    await asyncio.sleep(0)
    t = asyncio.create_task(bad())
    await asyncio.sleep(0.1)
    del t
    await asyncio.sleep(0.1)
    f = loop.create_future()
    f.set_exception(OSError("lost"))
    del f
    await asyncio.sleep(0.1)
    loop.call_exception_handler({"message": "custom", "x": 1})
    try:
        loop.set_exception_handler(5)
    except TypeError as e:
        print(type(e).__name__, e)
    h = loop.call_soon(print, "runs")
    print(strip(repr(h)))
    h.cancel()
    print(repr(h))
    await asyncio.sleep(0)
    loop.set_exception_handler(None)
    print(loop.get_exception_handler())


asyncio.run(main())


async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        raise ValueError("during shutdown")


async def leaves_a_task():
    asyncio.get_running_loop().set_exception_handler(handler)
    asyncio.create_task(stubborn())
    await asyncio.sleep(0)


asyncio.run(leaves_a_task())


def failing_handler(loop, context):
    raise RuntimeError("in handler")


async def handler_fails():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(failing_handler)
    loop.call_soon(cb, 3)
    await asyncio.sleep(0.1)
    print("loop goes on")
    loop.set_exception_handler(None)
    loop.call_exception_handler({"message": "custom2", "x": 1})
    loop.default_exception_handler({"message": "", "b": [1], "a": "q"})


asyncio.run(handler_fails())
