import asyncio
async def child():
    try:
        await asyncio.sleep(1)
    finally:
        print("child cleaned up")
async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child())
            await asyncio.sleep(0.01)
            raise ZeroDivisionError("body failed")
    except ExceptionGroup as eg:
        print(type(eg).__name__, eg.exceptions)
asyncio.run(main())
