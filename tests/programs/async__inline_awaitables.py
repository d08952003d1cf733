# In-place await shapes inside nested inline-run calls on other awaitables: coroutine
# objects, custom __await__, gather, wait_for, shield, wait, Lock/Semaphore/Condition.
import asyncio

class Ready:
    def __init__(self, value):
        self.value = value
    def __await__(self):
        return asyncio.sleep(0, result=self.value).__await__()

async def coro(v):
    await asyncio.sleep(0)
    return v

async def via_coro_object(v):
    c = coro(v)
    x = await c
    return await coro(x) + 1

async def via_custom(v):
    x = await Ready(v)
    return 10 * await Ready(x)

async def via_gather(v):
    xs = await asyncio.gather(coro(v), via_custom(v), via_coro_object(v))
    return sum(xs) - (await asyncio.gather(coro(1)))[0] if v > 3 else sum(xs)

async def via_wait_for(v):
    return await asyncio.wait_for(via_coro_object(v), 1) + 100

async def via_shield(v):
    return await asyncio.shield(via_custom(v))

async def via_wait(v):
    t = asyncio.ensure_future(coro(v))
    done, pending = await asyncio.wait([t])
    return len(done), len(pending), t.result()

lock = asyncio.Lock()
sem = asyncio.Semaphore(1)
cond = asyncio.Condition()
log = []

async def use_lock(tag):
    async with lock:
        log.append(("lock", tag))
        await coro(None)
    return tag

async def acquire_lock(tag):
    await lock.acquire()
    log.append(("acquired", tag))
    await asyncio.sleep(0)
    lock.release()
    return tag

async def nested_acquire(tag, n):
    if n == 0:
        return await acquire_lock(tag)
    r = await nested_acquire(tag, n - 1)
    return r

async def use_sem(tag):
    x = await sem.acquire()
    log.append(("sem", tag, x))
    await asyncio.sleep(0)
    sem.release()
    return tag

async def waiter(tag):
    async with cond:
        r = await cond.wait()
        log.append(("woken", tag, r))
    return tag

async def wrap(fn, *a):
    r = await fn(*a)
    return r

async def depth(n, fn, v):
    if n == 0:
        return await fn(v)
    return await depth(n - 1, fn, v)

async def use_done(t):
    x = await t
    return x + await t

async def mid_done(t):
    return await use_done(t) * 2

async def other():
    print("other runs")

async def main():
    # awaiting done tasks/futures does not suspend
    t = asyncio.create_task(coro(5))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    asyncio.create_task(other())
    print("before", await mid_done(t))
    f = asyncio.get_running_loop().create_future()
    f.set_result(3)
    print("after", await mid_done(f))
    await asyncio.sleep(0)

    for fn in (via_coro_object, via_custom, via_gather, via_wait_for, via_shield, via_wait):
        print(fn.__name__, await fn(3), await depth(6, fn, 4))
    res = await asyncio.gather(nested_acquire("a", 3), nested_acquire("b", 0),
                               nested_acquire("c", 5), use_lock("d"), wrap(use_lock, "e"))
    print(res, log)
    log.clear()
    print(await asyncio.gather(use_sem(1), depth(3, use_sem, 2), depth(1, use_sem, 3)), log)
    log.clear()
    ws = [asyncio.create_task(depth(i * 2, waiter, f"w{i}")) for i in range(3)]
    await asyncio.sleep(0)
    async with cond:
        cond.notify(2)
    await asyncio.sleep(0)
    print(log, [w.done() for w in ws])
    async with cond:
        cond.notify_all()
    print(await asyncio.gather(*ws), log)

asyncio.run(main())
