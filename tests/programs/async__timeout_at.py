import asyncio
async def main():
    loop = asyncio.get_running_loop()
    deadline = loop.time() + 0.02
    try:
        async with asyncio.timeout_at(deadline) as cm:
            print("when matches:", cm.when() == deadline)
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout_at fired")
    async with asyncio.timeout_at(loop.time() + 1):
        print(await asyncio.sleep(0.01, result="in time"))
asyncio.run(main())
