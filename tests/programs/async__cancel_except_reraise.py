import asyncio
async def worker():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        print("worker caught", type(e).__name__, "- cleaning up")
        await asyncio.sleep(0.01)
        print("cleanup finished, re-raising")
        raise
async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0)
    t.cancel()
    res = await asyncio.gather(t, return_exceptions=True)
    print(type(res[0]).__name__, t.cancelled())
asyncio.run(main())
