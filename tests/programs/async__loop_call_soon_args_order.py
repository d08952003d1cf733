import asyncio
def show(*args):
    print("callback", *args)
async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(show, 1)
    loop.call_soon(show, 2, "two")
    loop.call_soon(show)
    h = loop.call_soon(show, "cancelled")
    print(type(h).__name__, h.cancelled())
    h.cancel()
    print(h.cancelled())
    print("scheduled, nothing ran yet")
    await asyncio.sleep(0)
    print("after one loop iteration")
asyncio.run(main())
