import asyncio
async def main():
    asyncio.current_task().cancel()
    print("main keeps running until its next await")
    await asyncio.sleep(0)
    print("never")
asyncio.run(main())
