import asyncio
async def main():
    for bad in [1, "text", None]:
        try:
            await asyncio.gather(bad)
        except TypeError as e:
            print(type(e).__name__, e)
asyncio.run(main())
