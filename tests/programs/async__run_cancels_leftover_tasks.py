import asyncio
async def forever(name):
    try:
        print(name, "started")
        await asyncio.sleep(10)
        print(name, "never finishes")
    except asyncio.CancelledError:
        print(name, "cancelled by asyncio.run")
        raise
    finally:
        print(name, "finally")
async def main():
    asyncio.create_task(forever("a"))
    asyncio.create_task(forever("b"))
    await asyncio.sleep(0)
    print("main returns")
    return "result"
print(asyncio.run(main()))
print("after run")
