# Inline-run async calls suspending (sleep(0), sleep(0.01), Event, Queue, Future, Task)
# at each in-place statement shape, at several nesting depths, with statements before/after.
import asyncio

log = []

async def leaf(kind, v, ev=None, q=None, fut=None):
    log.append(("leaf-start", kind, v))
    if kind == "sleep0":
        await asyncio.sleep(0)
    elif kind == "sleep":
        await asyncio.sleep(0.01)
    elif kind == "event":
        await ev.wait()
    elif kind == "queue":
        v = v + await q.get()
    elif kind == "future":
        v = v + await fut
    elif kind == "task":
        v = v + await asyncio.create_task(child(v))
    log.append(("leaf-end", kind, v))
    return v

async def child(v):
    await asyncio.sleep(0)
    return 1000

async def shape_assign(kind, v, **kw):
    a = 1
    x = await leaf(kind, v, **kw)
    b = x + a
    return b

async def shape_expr(kind, v, **kw):
    a = [v]
    await leaf(kind, v, **kw)
    a.append("after")
    return a

async def shape_return(kind, v, **kw):
    z = 3
    return await leaf(kind, v, **kw)

async def shape_left(kind, v, **kw):
    y = 7
    return await leaf(kind, v, **kw) + y

async def shape_right(kind, v, **kw):
    y = 7
    return y - await leaf(kind, v, **kw)

async def shape_ifexp(kind, v, flag, **kw):
    return await leaf(kind, v, **kw) + 1 if flag else -1

async def shape_ifexp_else(kind, v, flag, **kw):
    return 100 if flag else 2 * await leaf(kind, v, **kw)

async def depth(n, kind, v, **kw):
    if n == 0:
        return await shape_left(kind, v, **kw)
    pre = n * 10
    r = await depth(n - 1, kind, v, **kw)
    post = r + pre
    return post

async def depth_pos(n, kind, v):
    # positional only: the pure inline path
    if n == 0:
        return await leaf(kind, v)
    x = await depth_pos(n - 1, kind, v)
    return x * 2 + n

async def setter(ev, q, fut, kind):
    for i in range(6):
        await asyncio.sleep(0)
    # Whether six turns of the loop come before a real 0.01 s timer depends on the load.
    if kind != "sleep":
        log.append(("setter",))
    ev.set()
    q.put_nowait(5)
    fut.set_result(50)

async def main():
    loop = asyncio.get_running_loop()
    for kind in ["none", "sleep0", "sleep", "event", "queue", "future", "task"]:
        log.clear()
        res = []
        async def run(f, *args):
            ev = asyncio.Event()
            q = asyncio.Queue()
            fut = loop.create_future()
            s = asyncio.create_task(setter(ev, q, fut, kind))
            r = await f(kind, *args, ev=ev, q=q, fut=fut)
            await s
            res.append(r)
        await run(shape_assign, 1)
        await run(shape_expr, 2)
        await run(shape_return, 3)
        await run(shape_left, 4)
        await run(shape_right, 5)
        await run(shape_ifexp, 6, True)
        await run(shape_ifexp, 6, False)
        await run(shape_ifexp_else, 7, True)
        await run(shape_ifexp_else, 7, False)
        r = await depth(5, kind, 8, ev=None, q=None, fut=None) if kind in ("none", "sleep0", "sleep", "task") else None
        res.append(r)
        print(kind, res)
        print("  ", log)
    for kind in ["none", "sleep0", "sleep", "task"]:
        print(kind, await depth_pos(10, kind, 1))
        print(kind, await depth_pos(0, kind, 2))

asyncio.run(main())
