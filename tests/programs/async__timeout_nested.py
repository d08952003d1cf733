import asyncio
async def main():
    try:
        async with asyncio.timeout(0.4) as outer:
            try:
                async with asyncio.timeout(0.01) as inner:
                    await asyncio.sleep(1)
            except TimeoutError:
                print("inner timed out", inner.expired(), outer.expired())
            await asyncio.sleep(1)
    except TimeoutError:
        print("outer timed out", outer.expired())
    try:
        async with asyncio.timeout(0.01) as outer:
            async with asyncio.timeout(0.4) as inner:
                await asyncio.sleep(1)
    except TimeoutError:
        print("outer fired first", outer.expired(), inner.expired())
asyncio.run(main())
