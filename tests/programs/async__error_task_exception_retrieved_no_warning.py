import asyncio
async def bad():
    raise ValueError("retrieved")
async def main():
    t = asyncio.create_task(bad())
    await asyncio.sleep(0.01)
    print("exception():", repr(t.exception()))
    t2 = asyncio.create_task(bad())
    await asyncio.sleep(0.01)
    try:
        t2.result()
    except ValueError as e:
        print("result():", e)
asyncio.run(main())
print("stderr stays empty")
