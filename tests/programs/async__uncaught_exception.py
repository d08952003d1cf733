import asyncio
async def inner():
    await asyncio.sleep(0)
    raise RuntimeError("async failure")
async def main():
    print("before")
    await inner()
    print("never")
asyncio.run(main())
