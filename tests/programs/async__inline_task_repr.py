# Task reprs while the task is suspended inside nested inline-run calls at different shapes
# (the repr shows the line of the task's own coroutine), current_task and all_tasks counts.
import asyncio

async def bottom(ev):
    await ev.wait()
    return 1

async def shape_assign(ev):
    x = await bottom(ev)
    return x

async def shape_left(ev):
    return await shape_assign(ev) + 1

async def shape_right(ev):
    return 10 - await shape_left(ev)

async def shape_ifexp(ev, flag):
    return await shape_right(ev) if flag else await shape_left(ev)

async def shape_expr(ev):
    await shape_ifexp(ev, True)
    return "expr"

async def shape_try(ev):
    try:
        return await shape_assign(ev)
    finally:
        pass

async def deep(n, ev):
    if n == 0:
        return await shape_expr(ev)
    return await deep(n - 1, ev)

async def check_current(n):
    t = asyncio.current_task()
    if n == 0:
        await asyncio.sleep(0)
        return asyncio.current_task() is t, t.get_name()
    return await check_current(n - 1)

async def show_self(n):
    if n == 0:
        print("self before", asyncio.current_task().get_name())
        await asyncio.sleep(0)
        print("self after", asyncio.current_task().get_name())
        return n
    r = await show_self(n - 1)
    print("self unwinding", n, asyncio.current_task().get_name())
    return r

async def watcher(n):
    x = 1
    y = await show_self(n)
    return x + y

async def two_stage(ev1, ev2):
    a = await shape_assign(ev1)
    b = await shape_left(ev2) + a
    return b

async def outer_two_stage(ev1, ev2):
    r = await two_stage(ev1, ev2)
    return r

async def main():
    ev = asyncio.Event()
    tasks = [
        asyncio.create_task(shape_assign(ev), name="assign"),
        asyncio.create_task(shape_left(ev), name="left"),
        asyncio.create_task(shape_right(ev), name="right"),
        asyncio.create_task(shape_ifexp(ev, True), name="ifexp-t"),
        asyncio.create_task(shape_ifexp(ev, False), name="ifexp-f"),
        asyncio.create_task(shape_expr(ev), name="expr"),
        asyncio.create_task(shape_try(ev), name="try"),
        asyncio.create_task(deep(10, ev), name="deep"),
    ]
    for t in tasks:
        print(t)
    await asyncio.sleep(0)
    for t in tasks:
        print(t)
    print("all_tasks", len(asyncio.all_tasks()))
    print("current is main", asyncio.current_task().get_name())
    ev.set()
    await asyncio.sleep(0)
    for t in tasks:
        print(t)
    print(await asyncio.gather(*tasks))
    for t in tasks:
        print(t)
    print("all_tasks", len(asyncio.all_tasks()))
    print(await check_current(5))
    print(await asyncio.create_task(watcher(2), name="watcher"))
    e1, e2 = asyncio.Event(), asyncio.Event()
    ts = [asyncio.create_task(two_stage(e1, e2), name="two"),
          asyncio.create_task(outer_two_stage(e1, e2), name="outer-two")]
    await asyncio.sleep(0)
    print(ts)
    e1.set()
    await asyncio.sleep(0)
    print(ts)
    e2.set()
    await asyncio.sleep(0)
    print(ts)
    t = asyncio.create_task(watcher(1), name="watched")
    await asyncio.sleep(0)
    print("watched from main", t)
    await t
    print(await asyncio.gather(*[asyncio.create_task(check_current(i), name=f"cc{i}") for i in range(4)]))

asyncio.run(main())
