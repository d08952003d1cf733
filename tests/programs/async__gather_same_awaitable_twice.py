import asyncio
async def job():
    print("job runs once")
    await asyncio.sleep(0)
    return "value"
async def main():
    c = job()
    print(await asyncio.gather(c, c))
    t = asyncio.create_task(job())
    print(await asyncio.gather(t, t, t))
asyncio.run(main())
