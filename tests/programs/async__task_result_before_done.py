import asyncio
async def slow():
    await asyncio.sleep(0.01)
    return 1
async def main():
    t = asyncio.create_task(slow())
    try:
        t.result()
    except asyncio.InvalidStateError as e:
        print("result:", type(e).__name__, e)
    try:
        t.exception()
    except asyncio.InvalidStateError as e:
        print("exception:", type(e).__name__, e)
    print(issubclass(asyncio.InvalidStateError, Exception))
    print(await t)
asyncio.run(main())
