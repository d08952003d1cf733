import asyncio
async def main():
    q = asyncio.Queue(0)
    for i in range(100):
        q.put_nowait(i)
    print(q.qsize(), q.full(), q.maxsize)
    print(sum([q.get_nowait() for _ in range(100)]))
    neg = asyncio.Queue(maxsize=-1)
    neg.put_nowait(1)
    print(neg.full(), neg.maxsize)
asyncio.run(main())
