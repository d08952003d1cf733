import asyncio
async def important():
    await asyncio.sleep(0.5)
    print("important work finished")
    return "saved"
async def caller(inner):
    try:
        return await asyncio.shield(inner)
    except asyncio.CancelledError:
        print("caller cancelled")
        raise
async def main():
    inner = asyncio.create_task(important())
    c = asyncio.create_task(caller(inner))
    await asyncio.sleep(0.01)
    c.cancel()
    await asyncio.sleep(0)
    print("caller cancelled?", c.cancelled(), "inner done?", inner.done())
    print("inner result:", await inner)
asyncio.run(main())
