import asyncio
async def noop():
    await asyncio.sleep(0)
async def main():
    print(asyncio.current_task().get_name())
    tasks = [asyncio.create_task(noop()) for _ in range(3)]
    print([t.get_name() for t in tasks])
    named = asyncio.create_task(noop(), name="custom")
    after = asyncio.create_task(noop())
    print(named.get_name(), after.get_name())
    await asyncio.gather(*tasks, named, after)
    g = asyncio.gather(noop(), noop())
    await g
    print(asyncio.create_task(noop()).get_name())
    await asyncio.sleep(0)
asyncio.run(main())
