import asyncio
async def fail(msg, delay):
    await asyncio.sleep(delay)
    print("raising", msg)
    raise RuntimeError(msg)
async def main():
    try:
        await asyncio.gather(fail("late", 0.5), fail("early", 0.01), fail("middle", 0.25))
    except RuntimeError as e:
        print("caught", e)
    await asyncio.sleep(0.75)
    print("end")
asyncio.run(main())
