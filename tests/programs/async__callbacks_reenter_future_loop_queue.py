# Done callbacks and waiters that re-enter the same future, task, loop, Queue, Event, Lock,
# Semaphore or Condition: no borrow of their state may be held while the callback runs.
import asyncio

log = []


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()

    def cb2(f):
        log.append("cb2")

    def cb1(f):
        log.append("cb1")
        f.add_done_callback(cb2)
        f.remove_done_callback(cb1)
        loop.call_soon(log.append, "soon")

    fut.add_done_callback(cb1)
    fut.add_done_callback(lambda f: log.append("cb3"))
    fut.set_result(1)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(log)

    async def worker():
        await asyncio.sleep(10)

    task = asyncio.create_task(worker())

    def cancel_self(t):
        log.append(("done", t.cancelled(), t.cancel()))

    task.add_done_callback(cancel_self)
    await asyncio.sleep(0)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("cancelled")
    await asyncio.sleep(0)
    print(log[-1])

    q = asyncio.Queue()

    async def getter(name):
        item = await q.get()
        print(name, "got", item, q.qsize())
        if item < 3:
            q.put_nowait(item + 10)

    tasks = [asyncio.create_task(getter(i)) for i in range(3)]
    await asyncio.sleep(0)
    q.put_nowait(1)
    q.put_nowait(2)
    await asyncio.gather(*tasks)
    print("left", q.qsize())

    ev = asyncio.Event()

    async def waiter(name):
        await ev.wait()
        ev.clear()
        print(name, "woke", ev.is_set())
        ev.set()

    ws = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    ev.set()
    await asyncio.gather(*ws)

    lock = asyncio.Lock()

    async def locker(name):
        async with lock:
            print(name, "holds", lock.locked())
            await asyncio.sleep(0)

    await asyncio.gather(*(locker(i) for i in range(3)))

    fut2 = loop.create_future()
    fut2.add_done_callback(lambda f: f.add_done_callback(lambda g: print("nested cb", g.result())))
    fut2.set_result(5)
    await asyncio.sleep(0)
    await asyncio.sleep(0)

    fut3 = loop.create_future()

    def try_set(f):
        try:
            f.set_result(2)
        except asyncio.InvalidStateError as e:
            print("InvalidStateError:", e)

    fut3.add_done_callback(try_set)
    fut3.set_result(1)
    await asyncio.sleep(0)

    sem = asyncio.Semaphore(1)

    async def sem_user(name):
        async with sem:
            print(name, "sem", sem.locked())
            sem.release()
            await sem.acquire()

    await asyncio.gather(*(sem_user(i) for i in range(3)))

    cond = asyncio.Condition()

    async def cond_waiter(name):
        async with cond:
            await cond.wait()
            print(name, "notified")
            cond.notify()

    cs = [asyncio.create_task(cond_waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    async with cond:
        cond.notify()
    await asyncio.gather(*cs)

    fut4 = loop.create_future()
    t2 = asyncio.create_task(asyncio.sleep(1))

    def cancel_other(f):
        print("cancel other", t2.cancel())
        f.remove_done_callback(cancel_other)

    fut4.add_done_callback(cancel_other)
    fut4.cancel()
    try:
        await t2
    except asyncio.CancelledError:
        print("t2 cancelled")


asyncio.run(main())
