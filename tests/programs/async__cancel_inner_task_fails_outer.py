import asyncio
async def inner():
    await asyncio.sleep(1)
async def outer(t):
    try:
        await t
    except asyncio.CancelledError:
        print("outer sees CancelledError from the inner task")
        return "outer handled it"
async def main():
    it = asyncio.create_task(inner())
    ot = asyncio.create_task(outer(it))
    await asyncio.sleep(0.01)
    it.cancel()
    print(await ot)
    print(it.cancelled(), ot.cancelled())
asyncio.run(main())
