import asyncio
async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("stubborn swallowed cancel")
    return "late value"
async def main():
    try:
        r = await asyncio.wait_for(stubborn(), timeout=0.02)
        print("got", r)
    except TimeoutError:
        print("TimeoutError")
asyncio.run(main())
