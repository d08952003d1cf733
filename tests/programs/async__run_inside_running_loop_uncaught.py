import asyncio
async def main():
    return 1
async def outer():
    print("outer started")
    asyncio.run(main())
    print("never printed")
asyncio.run(outer())
