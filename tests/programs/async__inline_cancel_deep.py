# Cancelling tasks suspended deep inside inline-run calls: CancelledError propagation through
# every in-place shape, finally/except in callers, wait_for and asyncio.timeout timeouts.
import asyncio

async def bottom(tag, how):
    print("bottom start", tag)
    try:
        if how == "sleep":
            await asyncio.sleep(10)
        elif how == "event":
            await asyncio.Event().wait()
        elif how == "queue":
            await asyncio.Queue().get()
        elif how == "future":
            await asyncio.get_running_loop().create_future()
        return 1
    finally:
        print("bottom finally", tag)

async def shape_assign(tag, how):
    x = await bottom(tag, how)
    print("not reached assign", x)
    return x

async def shape_left(tag, how):
    return await shape_assign(tag, how) + 1

async def shape_right(tag, how):
    return 2 * await shape_left(tag, how)

async def shape_ifexp(tag, how):
    return await shape_right(tag, how) if tag else 0

async def shape_expr(tag, how):
    await shape_ifexp(tag, how)
    print("not reached expr")

async def catcher(tag, how):
    try:
        await shape_expr(tag, how)
    except asyncio.CancelledError as e:
        print("catcher saw cancel", tag, e.args)
        raise
    finally:
        print("catcher finally", tag)

async def swallower(tag, how):
    try:
        r = await shape_right(tag, how)
    except asyncio.CancelledError:
        print("swallowed", tag)
        r = "swallowed"
    after = await plain(r)
    return after

async def plain(r):
    return ("plain", r)

async def deep(n, tag, how):
    if n == 0:
        return await catcher(tag, how)
    v = await deep(n - 1, tag, how)
    return v

async def swallow_leaf():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("leaf swallowed")
        await asyncio.sleep(0)
        return "swallowed-value"

async def swallow_mid(n):
    if n == 0:
        return await swallow_leaf()
    return await swallow_mid(n - 1) + "!"

async def main():
    # the chain swallows the timeout's cancellation and returns a value
    print("wait_for returned", await asyncio.wait_for(swallow_mid(5), 0.01))
    async with asyncio.timeout(0.01):
        r = await swallow_mid(3)
    print("timeout block returned", r)

    for how in ("sleep", "event", "queue", "future"):
        t = asyncio.create_task(catcher("c-" + how, how))
        await asyncio.sleep(0)
        print("task state", t.done())
        t.cancel("msg-" + how)
        try:
            await t
        except asyncio.CancelledError as e:
            print("main got cancel", how, e.args, t.cancelled())

        t = asyncio.create_task(swallower("s-" + how, how))
        await asyncio.sleep(0)
        t.cancel()
        print("swallower result", await t, t.cancelled())

    t = asyncio.create_task(deep(30, "deep", "sleep"))
    for _ in range(3):
        await asyncio.sleep(0)
    t.cancel()
    res = await asyncio.gather(t, return_exceptions=True)
    print("deep gathered", [type(r).__name__ for r in res])

    # cancel before the task ever ran
    t = asyncio.create_task(catcher("early", "sleep"))
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("early cancelled", t.cancelled())

    # wait_for timeout
    try:
        await asyncio.wait_for(shape_right("wf", "sleep"), 0.01)
    except asyncio.TimeoutError as e:
        print("wait_for timeout", type(e).__name__)
    print("wait_for ok", await asyncio.wait_for(shape_right("wf2", "none"), 1))

    # asyncio.timeout around a direct inline await
    try:
        async with asyncio.timeout(0.01):
            await shape_ifexp("to", "sleep")
    except TimeoutError as e:
        print("timeout fired", type(e).__name__)
    async with asyncio.timeout(1):
        print("timeout not fired", await shape_ifexp("to2", "none"))

    # several tasks cancelled at once while suspended at various depths
    tasks = [asyncio.create_task(deep(i * 3, f"m{i}", "event")) for i in range(4)]
    await asyncio.sleep(0)
    for i, t in enumerate(tasks):
        if i % 2 == 0:
            t.cancel()
    await asyncio.sleep(0)
    print([t.done() for t in tasks], [t.cancelled() for t in tasks if t.done()])
    for t in tasks:
        t.cancel()
    res = await asyncio.gather(*tasks, return_exceptions=True)
    print([type(r).__name__ for r in res])

asyncio.run(main())
