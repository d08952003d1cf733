import asyncio
async def main():
    print(await asyncio.sleep(0))
    print(await asyncio.sleep(0, result="zero"))
    print(await asyncio.sleep(0.01, result=[1, 2, 3]))
    print(await asyncio.sleep(0.01, "positional"))
    value = await asyncio.sleep(0, result={"k": 1})
    print(value["k"])
asyncio.run(main())
