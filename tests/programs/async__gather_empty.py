import asyncio
async def main():
    r = await asyncio.gather()
    print(r, type(r).__name__)
    r = await asyncio.gather(*[])
    print(r)
    r = await asyncio.gather(return_exceptions=True)
    print(r)
asyncio.run(main())
