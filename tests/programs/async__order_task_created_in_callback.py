import asyncio
async def spawned(name):
    print("spawned task", name, "runs")
async def main():
    loop = asyncio.get_running_loop()
    tasks = []
    loop.call_soon(lambda: tasks.append(loop.create_task(spawned("from callback"))))
    tasks.append(asyncio.create_task(spawned("from main")))
    await asyncio.sleep(0)
    print("main after first yield")
    await asyncio.sleep(0)
    print("main after second yield")
    await asyncio.gather(*tasks)
asyncio.run(main())
