import asyncio
async def job():
    await asyncio.sleep(0)
    print("job finishing")
    return "r"
async def awaiter(t):
    print("awaiter got", await t)
async def main():
    t = asyncio.create_task(job())
    t.add_done_callback(lambda _: print("callback 1"))
    w = asyncio.create_task(awaiter(t))
    await asyncio.sleep(0)
    t.add_done_callback(lambda _: print("callback 2 (added after the awaiter)"))
    await w
asyncio.run(main())
