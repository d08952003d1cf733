# A future made by the program, awaited, and never given a result.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    answer = loop.create_future()
    print("waiting for the answer")
    print(await answer)


asyncio.run(main())
