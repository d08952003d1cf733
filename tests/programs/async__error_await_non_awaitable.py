import asyncio
async def main():
    for value in [5, "text", None, [1]]:
        try:
            await value
        except TypeError as e:
            print(e)
asyncio.run(main())
