# join() with several workers: it returns once every item has been marked done; a second
# join() on a finished queue returns at once; task_done() too often is a ValueError.
import asyncio


async def worker(name, q, log):
    while True:
        item = await q.get()
        await asyncio.sleep(0.001 * (item % 3))
        log.append((name, item))
        q.task_done()


async def main():
    q = asyncio.Queue()
    log = []
    for i in range(12):
        q.put_nowait(i)
    print(str(q))
    workers = [asyncio.create_task(worker(f"w{k}", q, log)) for k in range(3)]
    await q.join()
    print("joined", len(log), sorted(item for _, item in log) == list(range(12)))
    print(str(q))
    await q.join()
    print("second join returns at once")
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    print([w.cancelled() for w in workers])

    joiners = [asyncio.create_task(q.join()) for _ in range(2)]
    q.put_nowait("x")
    await asyncio.sleep(0)
    print([j.done() for j in joiners])
    q.get_nowait()
    q.task_done()
    await asyncio.sleep(0)
    print([j.done() for j in joiners], [j.result() for j in joiners])
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
