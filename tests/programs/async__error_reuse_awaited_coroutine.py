import asyncio
async def job():
    return "once"
async def main():
    c = job()
    print(await c)
    try:
        await c
    except RuntimeError as e:
        print("RuntimeError:", e)
    t = asyncio.create_task(job())
    print(await t, await t)
asyncio.run(main())
