import asyncio
async def worker(name, q):
    while True:
        item = await q.get()
        await asyncio.sleep(0.05 * item)
        print(name, "processed", item)
        q.task_done()
async def main():
    q = asyncio.Queue()
    for item in [9, 1, 2, 1]:
        q.put_nowait(item)
    workers = [asyncio.create_task(worker(f"w{i}", q)) for i in range(2)]
    await q.join()
    print("all items processed, qsize", q.qsize())
    for w in workers:
        w.cancel()
    res = await asyncio.gather(*workers, return_exceptions=True)
    print([type(r).__name__ for r in res])
asyncio.run(main())
