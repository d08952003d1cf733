# Cancellation of inline-run chains that swallow CancelledError and suspend again, cancel
# during a sleep(0) loop deep down, shield around a deep chain, cancelling()/uncancel counts.
import asyncio

async def spin(tag, n):
    i = 0
    while True:
        await asyncio.sleep(0)
        i += 1
        if i == n:
            print(tag, "spun", n)

async def level(n, tag, how):
    if n == 0:
        if how == "spin":
            return await spin(tag, 3)
        await asyncio.sleep(1)
        return "slept"
    r = await level(n - 1, tag, how)
    return r

async def stubborn(tag):
    try:
        x = await level(6, tag, "sleep")
    except asyncio.CancelledError:
        print(tag, "swallowed, cancelling =", asyncio.current_task().cancelling())
        await asyncio.sleep(0)
        print(tag, "after re-suspend")
        y = await short(tag)
        return ("recovered", y)
    return x

async def short(tag):
    await asyncio.sleep(0)
    return tag + "-short"

async def twice(tag):
    try:
        await level(4, tag, "sleep")
    except asyncio.CancelledError:
        print(tag, "first cancel")
        asyncio.current_task().uncancel()
    try:
        await level(4, tag, "sleep")
    except asyncio.CancelledError:
        print(tag, "second cancel", asyncio.current_task().cancelling())
        raise

async def level_short(n):
    if n == 0:
        await asyncio.sleep(0.01)
        return "done"
    return await level_short(n - 1)

async def main():
    t = asyncio.create_task(level(8, "spinner", "spin"))
    for _ in range(5):
        await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("spinner cancelled", t.cancelled())

    t = asyncio.create_task(stubborn("stub"))
    await asyncio.sleep(0)
    t.cancel()
    print("stub result", await t, t.cancelled())

    t = asyncio.create_task(twice("tw"))
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("twice cancelled", t.cancelled())

    inner = asyncio.create_task(level_short(12))
    async def guard():
        return await asyncio.shield(inner)
    outer = asyncio.create_task(guard())
    await asyncio.sleep(0)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled; inner done?", inner.done())
    print("inner result", await inner)

    # cancel the awaited task while the waiter is deep in inline calls
    async def waiter(n, target):
        if n == 0:
            return await target
        return await waiter(n - 1, target)
    target = asyncio.create_task(level(3, "target", "sleep"))
    w = asyncio.create_task(waiter(7, target))
    await asyncio.sleep(0)
    target.cancel()
    res = await asyncio.gather(w, return_exceptions=True)
    print("waiter saw", [type(r).__name__ for r in res], target.cancelled(), w.cancelled())

asyncio.run(main())
