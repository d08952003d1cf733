import asyncio
async def main():
    print("start")
    async with asyncio.timeout(0.01):
        await asyncio.sleep(1)
    print("never")
asyncio.run(main())
