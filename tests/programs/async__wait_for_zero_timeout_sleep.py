import asyncio

async def main():
    try:
        await asyncio.wait_for(asyncio.sleep(3600), 0)
    except TimeoutError as e:
        print("wait_for sleep:", type(e).__name__, type(e.__cause__).__name__)
    t = asyncio.create_task(asyncio.sleep(10))
    t.cancel()
    await asyncio.sleep(0)
    print("task cancelled:", t.cancelled(), t.done())
    q = asyncio.Queue()
    try:
        await asyncio.wait_for(q.get(), 0)
    except TimeoutError:
        print("wait_for queue.get: TimeoutError")
    ev = asyncio.Event()
    try:
        await asyncio.wait_for(ev.wait(), 0)
    except TimeoutError:
        print("wait_for event.wait: TimeoutError")
    try:
        async with asyncio.timeout(0):
            await asyncio.sleep(3600)
    except TimeoutError:
        print("timeout(0): TimeoutError")
    try:
        await asyncio.wait_for(asyncio.sleep(0, result=5), 0)
    except TimeoutError:
        print("sleep(0) under wait_for 0: TimeoutError")
    t = asyncio.create_task(asyncio.sleep(10))
    t.cancel("why")
    try:
        await t
    except asyncio.CancelledError as e:
        print("awaited cancelled task:", e.args)
    async def body():
        print("body never runs")
    t = asyncio.create_task(body())
    t.cancel()
    await asyncio.sleep(0)
    print(t.cancelled())
    loop = asyncio.get_running_loop()
    h = loop.call_later(1e300, print, "never")
    h.cancel()
    print("call_later 1e300 ok")
    print(await asyncio.wait_for(asyncio.sleep(0, result=7), 1))

asyncio.run(main())
