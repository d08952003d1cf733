import asyncio
async def job():
    return 1
async def main():
    c = job()
    await c
    print("first await fine")
    await c
asyncio.run(main())
