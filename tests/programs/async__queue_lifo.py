import asyncio
async def main():
    q = asyncio.LifoQueue(maxsize=3)
    for word in ["first", "second", "third"]:
        q.put_nowait(word)
    print(q.full())
    print([await q.get() for _ in range(3)])
    print(type(q).__name__, isinstance(q, asyncio.Queue))
asyncio.run(main())
