import asyncio
async def inner():
    try:
        await asyncio.sleep(1)
    finally:
        print("inner cleanup")
async def outer():
    try:
        await asyncio.wait_for(inner(), timeout=5)
    except asyncio.CancelledError:
        print("outer cancelled")
        raise
async def main():
    t = asyncio.create_task(outer())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("main saw cancellation", t.cancelled())
asyncio.run(main())
