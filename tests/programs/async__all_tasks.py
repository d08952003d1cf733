import asyncio
async def sleeper(d):
    await asyncio.sleep(d)
async def main():
    print(len(asyncio.all_tasks()))
    ts = [asyncio.create_task(sleeper(0.01 if i == 1 else 0.4), name=f"s{i}") for i in (1, 2, 3)]
    names = sorted(t.get_name() for t in asyncio.all_tasks())
    print(names)
    print(type(asyncio.all_tasks()).__name__)
    await ts[0]
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    await asyncio.gather(*ts)
    print([t.get_name() for t in asyncio.all_tasks()])
    print(asyncio.current_task() in asyncio.all_tasks())
asyncio.run(main())
