import asyncio
async def job(name):
    print("start", name)
async def main():
    t = asyncio.create_task(job("created-first"))
    g = asyncio.gather(job("gathered-1"), job("gathered-2"))
    u = asyncio.create_task(job("created-last"))
    await asyncio.gather(t, g, u)
asyncio.run(main())
