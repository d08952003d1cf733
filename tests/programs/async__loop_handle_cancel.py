import asyncio
async def main():
    loop = asyncio.get_running_loop()
    fired = []
    handles = [loop.call_later(0.01 * i, fired.append, i) for i in range(1, 5)]
    handles[1].cancel()
    handles[3].cancel()
    handles[3].cancel()
    print([h.cancelled() for h in handles])
    await asyncio.sleep(0.06)
    print("fired", fired)
    handles[0].cancel()
    print("cancel after firing:", handles[0].cancelled())
asyncio.run(main())
