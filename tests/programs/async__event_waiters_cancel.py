# Event waiters: counts in the repr as tasks wait, are cancelled and time out; many
# cancelled waiters do not pile up; set() wakes only those still waiting.
import asyncio


def waiters(ev):
    text = repr(ev)
    return text[text.index("["):]


async def waiter(ev, name, log):
    try:
        await ev.wait()
        log.append(name)
    except asyncio.CancelledError:
        log.append(name + " cancelled")
        raise


async def main():
    ev = asyncio.Event()
    log = []
    tasks = [asyncio.create_task(waiter(ev, f"w{i}", log)) for i in range(5)]
    await asyncio.sleep(0)
    print(waiters(ev))
    tasks[1].cancel()
    tasks[3].cancel()
    await asyncio.sleep(0)
    print(waiters(ev), log)
    for _ in range(100):
        try:
            await asyncio.wait_for(ev.wait(), 0.0001)
        except asyncio.TimeoutError:
            pass
    print(waiters(ev))
    ev.set()
    print(waiters(ev))
    await asyncio.sleep(0)
    print(sorted(log), [t.cancelled() for t in tasks])
    print(await ev.wait(), waiters(ev))
    ev.clear()
    t = asyncio.create_task(ev.wait())
    await asyncio.sleep(0)
    print(waiters(ev), t.done())
    ev.set()
    print(await t)


asyncio.run(main())
