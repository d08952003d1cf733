import asyncio
async def inner():
    print("inner never runs")
    return 1
async def outer():
    coro = inner()
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print("caught:", e)
    coro.close()
    print("outer can still await:", await inner())
asyncio.run(outer())
print("done")
