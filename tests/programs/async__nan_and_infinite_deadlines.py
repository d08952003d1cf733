# A NaN deadline is due at once (CPython's heap test is false for it); a timer at +inf
# never fires and does not keep the loop waiting for it.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    loop.call_at(float("nan"), print, "nan timer fired")
    await asyncio.sleep(float("nan"))
    print("sleep(nan) returned")
    await asyncio.sleep(0.01)
    loop.call_later(float("inf"), print, "never printed")
    loop.call_later(0.05, print, "later timer fired")
    await asyncio.sleep(0.1)
    handle = loop.call_at(float("inf"), print, "never")
    print(handle.when())
    handle.cancel()
    print("end")


asyncio.run(main())
