# LifoQueue blocks like Queue: bounded put waits for a get, get waits for a put, and items
# come out most recent first.
import asyncio


async def producer(q, log):
    for i in range(6):
        await q.put(i)
        log.append(f"put {i} size={q.qsize()}")
    log.append("producer done")


async def consumer(q, log):
    await asyncio.sleep(0.01)
    for _ in range(6):
        item = await q.get()
        log.append(f"get {item}")
        await asyncio.sleep(0)


async def main():
    log = []
    q = asyncio.LifoQueue(maxsize=2)
    await asyncio.gather(producer(q, log), consumer(q, log))
    for line in log:
        print(line)
    print(str(q))

    waiting = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    print(waiting.done(), str(q))
    q.put_nowait("late")
    print(await waiting)


asyncio.run(main())
