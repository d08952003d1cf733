# Task and future reprs as CPython writes them: the line a task is suspended at,
# wait_for=, cb=[...] with functions, bound methods and builtins, cancelling.
import asyncio


def on_done(fut):
    pass


class Watcher:
    def seen(self, fut):
        pass


async def worker(n):
    await asyncio.sleep(0)
    x = 1
    await asyncio.sleep(0.01)
    return n


async def waits_on(fut):
    return await fut


async def nested():
    return await worker(5)


async def main():
    t = asyncio.create_task(worker(1))
    print(t)
    await asyncio.sleep(0)
    print(t)
    await asyncio.sleep(0)
    print(t)
    await t
    print(t)
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(fut)
    fut.add_done_callback(on_done)
    print(fut)
    fut.add_done_callback(Watcher().seen)
    print(fut)
    fut.add_done_callback(print)
    fut.add_done_callback(on_done)
    print(fut)
    w = asyncio.create_task(waits_on(fut))
    await asyncio.sleep(0)
    print(w)
    print(fut)
    fut.set_result([1, 2])
    print(fut)
    await w
    print(w)
    n = asyncio.create_task(nested())
    await asyncio.sleep(0)
    print(n)
    n.cancel()
    print(n)
    try:
        await n
    except asyncio.CancelledError:
        print("cancelled", n)
    e = asyncio.create_task(asyncio.sleep(0, "x"))
    await e
    f2 = loop.create_future()
    f2.set_exception(ValueError("bad"))
    print(f2)
    f2.exception()


asyncio.run(main())
