# Callbacks scheduled on the loop, and tasks taking turns through sleep(0).
import asyncio


def callback(tag):
    print("callback", tag)


async def polite(name):
    for i in range(3):
        print(name, i)
        await asyncio.sleep(0)


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(callback, "soon")
    loop.call_later(0.5, callback, "later")
    await asyncio.gather(polite("a"), polite("b"))
    await asyncio.sleep(1)


asyncio.run(main())
