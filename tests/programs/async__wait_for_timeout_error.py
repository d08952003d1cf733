import asyncio
async def slow():
    await asyncio.sleep(1)
    return "never"
async def main():
    try:
        await asyncio.wait_for(slow(), timeout=0.02)
    except asyncio.TimeoutError as e:
        print("timed out:", type(e).__name__, repr(e))
    print(asyncio.TimeoutError is TimeoutError)
    try:
        await asyncio.wait_for(slow(), timeout=0.02)
    except TimeoutError:
        print("builtin TimeoutError caught too")
asyncio.run(main())
