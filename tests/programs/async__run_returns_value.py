import asyncio
async def main():
    print("in main")
    await asyncio.sleep(0.01)
    print("after sleep")
    return 42
result = asyncio.run(main())
print("result", result)
