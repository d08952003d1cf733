import asyncio
async def fails():
    await asyncio.sleep(0.01)
    raise ValueError("inside coroutine")
async def main():
    try:
        await fails()
    except ValueError as e:
        print("caught:", e)
    finally:
        print("finally in main")
    return "ok"
print(asyncio.run(main()))
