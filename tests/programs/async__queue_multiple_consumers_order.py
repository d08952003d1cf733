import asyncio
async def consumer(name, q, out):
    while True:
        item = await q.get()
        if item is None:
            break
        out.append((name, item))
        await asyncio.sleep(0)
async def main():
    q = asyncio.Queue()
    out = []
    cs = [asyncio.create_task(consumer(n, q, out)) for n in ("A", "B", "C")]
    for i in range(6):
        await q.put(i)
    for _ in cs:
        await q.put(None)
    await asyncio.gather(*cs)
    print(out)
asyncio.run(main())
