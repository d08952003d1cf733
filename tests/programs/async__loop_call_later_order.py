import asyncio
async def main():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    loop.call_later(0.03, print, "third (0.03)")
    loop.call_later(0.01, print, "first (0.01)")
    loop.call_later(0.02, print, "second (0.02)")
    loop.call_later(0, print, "zero delay")
    loop.call_soon(print, "call_soon")
    loop.call_later(0.04, done.set_result, None)
    await done
    print("end")
asyncio.run(main())
