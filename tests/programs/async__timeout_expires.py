import asyncio
async def main():
    try:
        async with asyncio.timeout(0.02) as cm:
            print("inside, expired?", cm.expired())
            await asyncio.sleep(1)
            print("never")
    except TimeoutError as e:
        print("TimeoutError", repr(e))
    print("expired after:", cm.expired())
    print("type:", type(cm).__name__)
asyncio.run(main())
