import asyncio
async def inner():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("inner cancelled")
        raise
async def outer(inner_task):
    try:
        await inner_task
    except asyncio.CancelledError:
        print("outer cancelled")
        raise
async def main():
    it = asyncio.create_task(inner())
    ot = asyncio.create_task(outer(it))
    await asyncio.sleep(0.01)
    ot.cancel()
    await asyncio.gather(ot, it, return_exceptions=True)
    print("inner cancelled:", it.cancelled(), "outer cancelled:", ot.cancelled())
asyncio.run(main())
