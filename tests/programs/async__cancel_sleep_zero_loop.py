import asyncio
async def spinner():
    n = 0
    try:
        while True:
            n += 1
            await asyncio.sleep(0)
    except asyncio.CancelledError:
        print("spun", n, "times")
        raise
async def main():
    t = asyncio.create_task(spinner())
    for _ in range(5):
        await asyncio.sleep(0)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
asyncio.run(main())
