import asyncio
async def main():
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(None) as cm:
        print("when is None:", cm.when() is None)
        cm.reschedule(loop.time() + 1)
        print("rescheduled:", cm.when() is not None)
        await asyncio.sleep(0.01)
    print("not expired:", cm.expired())
    try:
        async with asyncio.timeout(0.01) as cm:
            cm.reschedule(loop.time() + 0.1)
            await asyncio.sleep(0.03)
            print("survived past the original deadline")
            cm.reschedule(loop.time() + 0.01)
            await asyncio.sleep(1)
    except TimeoutError:
        print("timed out after second reschedule", cm.expired())
asyncio.run(main())
