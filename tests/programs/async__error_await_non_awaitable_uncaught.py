import asyncio
async def main():
    print("about to await an int")
    await 42
asyncio.run(main())
