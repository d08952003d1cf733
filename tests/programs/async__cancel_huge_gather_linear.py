# Cancelling a gather of 150,000 children visits each once: linear, as in CPython (a
# quadratic walk would not finish in the time limit).
import asyncio


async def main():
    g = asyncio.gather(*(asyncio.sleep(10) for _ in range(150000)))
    await asyncio.sleep(0)
    print(g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled")


asyncio.run(main())
