import asyncio
async def main():
    async with asyncio.timeout(1) as cm:
        r = await asyncio.sleep(0.01, result="fast enough")
    print(r, cm.expired())
    async with asyncio.timeout(None) as cm2:
        await asyncio.sleep(0.01)
    print("none timeout:", cm2.when(), cm2.expired())
asyncio.run(main())
