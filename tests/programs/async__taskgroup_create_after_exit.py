import asyncio
async def job():
    return 1
async def main():
    async with asyncio.TaskGroup() as tg:
        t = tg.create_task(job())
    print(t.result())
    coro = job()
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print("RuntimeError:", str(e).endswith("is finished"))
    coro.close()
asyncio.run(main())
