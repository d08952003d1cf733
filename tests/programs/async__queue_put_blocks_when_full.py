import asyncio
async def producer(q):
    for i in range(5):
        print("put", i, "...")
        await q.put(i)
        print("put", i, "ok, size", q.qsize())
async def consumer(q):
    for _ in range(5):
        await asyncio.sleep(0.01)
        item = await q.get()
        print("got", item)
async def main():
    q = asyncio.Queue(maxsize=2)
    await asyncio.gather(producer(q), consumer(q))
asyncio.run(main())
