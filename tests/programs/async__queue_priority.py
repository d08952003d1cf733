import asyncio
async def main():
    q = asyncio.PriorityQueue()
    for item in [(3, "low"), (1, "urgent"), (2, "normal"), (1, "also urgent")]:
        await q.put(item)
    print(q.qsize())
    while not q.empty():
        print(await q.get())
    for n in [5, 2, 8, 1]:
        q.put_nowait(n)
    print([q.get_nowait() for _ in range(4)])
asyncio.run(main())
