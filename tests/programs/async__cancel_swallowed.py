import asyncio
async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("swallowing the cancellation")
    await asyncio.sleep(0)
    return "finished normally"
async def main():
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    print(t.cancel())
    print(await t)
    print("cancelled():", t.cancelled(), "cancelling():", t.cancelling())
asyncio.run(main())
