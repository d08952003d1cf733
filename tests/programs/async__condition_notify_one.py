import asyncio
async def consumer(name, cond, box):
    async with cond:
        print(name, "waits")
        await cond.wait()
        print(name, "woken, takes", box.pop(0))
async def main():
    cond = asyncio.Condition()
    box = []
    tasks = [asyncio.create_task(consumer(n, cond, box)) for n in ("c1", "c2", "c3")]
    await asyncio.sleep(0)
    for item in ("apple", "pear", "plum"):
        async with cond:
            box.append(item)
            cond.notify()
        await asyncio.sleep(0)
    await asyncio.gather(*tasks)
asyncio.run(main())
