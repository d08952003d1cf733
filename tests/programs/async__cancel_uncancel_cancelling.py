import asyncio
async def worker():
    me = asyncio.current_task()
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("cancelling:", me.cancelling())
        print("uncancel ->", me.uncancel())
        print("cancelling:", me.cancelling())
    await asyncio.sleep(0)
    return "recovered"
async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0)
    t.cancel()
    print(await t, t.cancelled())
asyncio.run(main())
