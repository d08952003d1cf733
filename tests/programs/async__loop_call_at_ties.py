import asyncio
async def main():
    loop = asyncio.get_running_loop()
    when = loop.time() + 0.02
    for name in ["a", "b", "c", "d"]:
        loop.call_at(when, print, "same deadline", name)
    loop.call_at(when - 0.01, print, "earlier")
    h = loop.call_at(when, print, "cancelled one")
    print(type(h).__name__, h.when() == when)
    h.cancel()
    await asyncio.sleep(0.05)
    print("end")
asyncio.run(main())
