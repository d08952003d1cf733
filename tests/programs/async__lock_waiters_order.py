# The waiters of Lock, Semaphore and Condition: woken in FIFO order, cancelled ones
# skipped, notify(n) waking the first n still pending, and the waiters' deque as Python
# sees it (its type, length, truth and items).
import asyncio


async def main():
    order = []
    lock = asyncio.Lock()
    await lock.acquire()

    async def take(i):
        async with lock:
            order.append(("lock", i))

    tasks = [asyncio.create_task(take(i)) for i in range(6)]
    await asyncio.sleep(0)
    w = lock._waiters
    print(type(w).__name__, len(w), bool(w), [f.done() for f in w])
    print(repr(lock).split("[")[1])
    tasks[1].cancel()
    tasks[4].cancel()
    await asyncio.sleep(0)
    print(len(lock._waiters), repr(lock).split("[")[1])
    lock.release()
    await asyncio.gather(*tasks, return_exceptions=True)
    print(order, len(lock._waiters), bool(lock._waiters))

    sem = asyncio.Semaphore(2)
    inside = 0
    peak = 0

    async def limited(i):
        nonlocal inside, peak
        async with sem:
            inside += 1
            peak = max(peak, inside)
            order.append(("sem", i))
            await asyncio.sleep(0)
            inside -= 1

    order.clear()
    tasks = [asyncio.create_task(limited(i)) for i in range(40)]
    await asyncio.sleep(0)
    print(sem.locked(), len(sem._waiters), repr(sem).split("[")[1])
    for i in (5, 6, 20, 39):
        tasks[i].cancel()
    results = await asyncio.gather(*tasks, return_exceptions=True)
    print(peak, [i for _, i in order], sum(isinstance(r, asyncio.CancelledError) for r in results))
    print(sem.locked(), len(sem._waiters), repr(sem).split("[")[1])

    cond = asyncio.Condition()
    woken = []

    async def waiter(i):
        async with cond:
            await cond.wait()
            woken.append(i)

    tasks = [asyncio.create_task(waiter(i)) for i in range(8)]
    await asyncio.sleep(0)
    tasks[0].cancel()
    await asyncio.sleep(0)
    async with cond:
        print(len(cond._waiters), repr(cond).split("[")[1])
        cond.notify(2)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(woken)
    async with cond:
        cond.notify(0)
        cond.notify(-3)
        cond.notify_all()
    await asyncio.gather(*tasks, return_exceptions=True)
    print(woken, len(cond._waiters))
    try:
        cond._waiters.remove(object())
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
