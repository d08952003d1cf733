import asyncio
async def ticker(name):
    for i in range(2):
        print(name, i)
        await asyncio.sleep(-1)
async def main():
    r = await asyncio.sleep(-5, result="negative ok")
    print(r)
    await asyncio.gather(ticker("p"), ticker("q"))
asyncio.run(main())
