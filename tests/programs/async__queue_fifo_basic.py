import asyncio
async def main():
    q = asyncio.Queue()
    print(q.maxsize, q.qsize(), q.empty(), q.full())
    for i in range(3):
        await q.put(i)
    q.put_nowait("x")
    print(q.qsize(), q.empty())
    items = [await q.get() for _ in range(3)]
    items.append(q.get_nowait())
    print(items, q.empty())
asyncio.run(main())
