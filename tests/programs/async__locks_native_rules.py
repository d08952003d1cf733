# Lock, Semaphore and BoundedSemaphore as CPython's locks.py has them: values, errors,
# reprs (addresses cut), the waiters' order, cancelled waiters passing their wake-up on,
# acquire() as a coroutine object, and classes derived from them.
import asyncio


def state(x):
    return repr(x).split("[")[1]


async def holder(lock, name, log, hold=0):
    async with lock as got:
        log.append((name, "in", got))
        for _ in range(hold):
            await asyncio.sleep(0)
    log.append((name, "out"))


async def lock_rules():
    lock = asyncio.Lock()
    print(state(lock), lock.locked(), lock._locked, lock._waiters)
    print(await lock.acquire(), state(lock))
    try:
        asyncio.Lock(1)
    except TypeError as e:
        print("TypeError:", e)
    log = []
    tasks = [asyncio.create_task(holder(lock, n, log, 1)) for n in "abc"]
    await asyncio.sleep(0)
    print(state(lock), len(lock._waiters), bool(lock._waiters))
    tasks[1].cancel()
    lock.release()
    await asyncio.gather(*tasks, return_exceptions=True)
    print(log, state(lock))
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    # The woken waiter cancelled before it runs: the wake-up passes to the next.
    await lock.acquire()
    log = []
    t1 = asyncio.create_task(holder(lock, "x", log))
    t2 = asyncio.create_task(holder(lock, "y", log))
    await asyncio.sleep(0)
    lock.release()
    t1.cancel()
    print(await asyncio.gather(t1, t2, return_exceptions=True), log, state(lock))
    # acquire() not awaited at once is a coroutine object.
    coro = lock.acquire()
    print(type(coro).__name__, lock.locked())
    print(await coro, lock.locked())
    waiting = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    print(state(lock))
    lock.release()
    print(await waiting, lock.locked())
    lock.release()
    try:
        await asyncio.wait_for(lock.acquire(), 1)
        await asyncio.wait_for(lock.acquire(), 0.01)
    except asyncio.TimeoutError:
        print("timed out", state(lock), len(lock._waiters))
    lock.release()
    print(await lock.__aenter__(), lock.locked(), await lock.__aexit__(None, None, None), lock.locked())


async def semaphore_rules():
    sem = asyncio.Semaphore(2)
    print(state(sem), sem._value, sem.locked())
    print(asyncio.Semaphore(value=0).locked(), state(asyncio.Semaphore()))
    for bad in (-1, "2"):
        try:
            asyncio.Semaphore(bad)
        except (ValueError, TypeError) as e:
            print(type(e).__name__ + ":", e)
    log = []
    tasks = [asyncio.create_task(holder(sem, n, log, 2)) for n in "abcde"]
    await asyncio.sleep(0)
    print(state(sem), sem._value)
    tasks[3].cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    print(log)
    print(state(sem))
    sem.release()
    print(sem._value)
    bounded = asyncio.BoundedSemaphore(1)
    print(state(bounded), bounded._bound_value, isinstance(bounded, asyncio.Semaphore))
    try:
        bounded.release()
    except ValueError as e:
        print("ValueError:", e)
    async with bounded:
        print(state(bounded))
    # A waiter woken and then cancelled gives its unit back.
    sem = asyncio.Semaphore(0)
    log = []
    t1 = asyncio.create_task(holder(sem, "p", log))
    t2 = asyncio.create_task(holder(sem, "q", log))
    await asyncio.sleep(0)
    sem.release()
    t1.cancel()
    print(await asyncio.gather(t1, t2, return_exceptions=True), log, sem._value)


class CountingLock(asyncio.Lock):
    def __init__(self):
        super().__init__()
        self.count = 0

    async def acquire(self):
        self.count += 1
        return await super().acquire()


class Pool(asyncio.BoundedSemaphore):
    pass


async def subclasses():
    lock = CountingLock()
    async with lock:
        print(lock.locked(), lock.count, isinstance(lock, asyncio.Lock))
    await lock.acquire()
    print(lock.count, repr(lock).split(" object")[0])
    lock.release()
    pool = Pool(2)
    log = []
    await asyncio.gather(*(holder(pool, n, log, 1) for n in "abc"))
    print(log, pool._value, state(pool))
    try:
        pool.release()
    except ValueError as e:
        print("ValueError:", e)


async def main():
    await lock_rules()
    await semaphore_rules()
    await subclasses()


asyncio.run(main())


class MyCondition(asyncio.Condition):
    pass


class MyBarrier(asyncio.Barrier):
    pass


async def others():
    print(repr(MyCondition()).split(" object")[0], repr(asyncio.Condition()).split(" object")[0])
    print(repr(MyBarrier(2)).split(" object")[0], repr(asyncio.Barrier(2)).split(" object")[0])


asyncio.run(others())


async def condition_rules():
    lock = asyncio.Lock()
    cond = asyncio.Condition(lock)
    print(cond._lock is lock, state(cond), cond._waiters is not None)

    async def waiter(name, log):
        async with cond:
            try:
                print(name, "got", await cond.wait())
            except asyncio.CancelledError:
                log.append((name, "cancelled, holds the lock", cond.locked()))
                raise

    log = []
    tasks = [asyncio.create_task(waiter(n, log)) for n in "abc"]
    await asyncio.sleep(0)
    print(state(cond), lock.locked())
    async with cond:
        tasks[0].cancel()
        cond.notify(2)
        print(state(cond))
    print(await asyncio.gather(*tasks, return_exceptions=True), log, state(cond))
    # A condition over a lock of a derived class works through that lock's methods.
    counting = CountingLock()
    cond = asyncio.Condition(counting)
    flag = []

    async def setter():
        async with cond:
            flag.append(1)
            cond.notify_all()

    async with cond:
        asyncio.create_task(setter())
        print(await cond.wait_for(lambda: flag), counting.count)
    print(cond.locked())
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print("RuntimeError:", e)
    async with cond:
        cond.notify(None)  # no waiter: n is never compared
        asyncio.create_task(waiter("d", log))
        await asyncio.sleep(0)
    async with cond:
        try:
            cond.notify(None)
        except TypeError as e:
            print("TypeError:", e)
        cond.notify(0.5)
    await asyncio.sleep(0)


class MyCondition2(asyncio.Condition):
    async def wait(self):
        print("waiting")
        return await super().wait()


async def derived_condition():
    cond = MyCondition2()
    async with cond:
        asyncio.get_running_loop().call_soon(lambda: asyncio.ensure_future(notifier(cond)))
        print(await cond.wait(), repr(cond).split(" object")[0])


async def notifier(cond):
    async with cond:
        cond.notify()


asyncio.run(condition_rules())
asyncio.run(derived_condition())
