import asyncio
async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(0):
            print("body starts even with zero timeout")
            await asyncio.sleep(0)
            print("never")
    except TimeoutError:
        print("zero timeout")
    try:
        async with asyncio.timeout_at(loop.time() - 5):
            print("body starts with a past deadline")
            await asyncio.sleep(0.01)
    except TimeoutError:
        print("past deadline")
    async with asyncio.timeout(-1):
        print("no await inside: no error")
    print("end")
asyncio.run(main())
