import asyncio
async def producer(q):
    for i in range(3):
        print("put", i)
        await q.put(i)
    await q.put(None)
async def consumer(q):
    while (item := await q.get()) is not None:
        print("got", item)
async def main():
    q = asyncio.Queue()
    await asyncio.gather(consumer(q), producer(q))
asyncio.run(main())
