import asyncio
print(issubclass(asyncio.CancelledError, BaseException))
print(issubclass(asyncio.CancelledError, Exception))
print(asyncio.TimeoutError is TimeoutError, issubclass(TimeoutError, OSError))
print(issubclass(asyncio.InvalidStateError, Exception))
print(issubclass(asyncio.QueueEmpty, Exception), issubclass(asyncio.QueueFull, Exception))
async def worker():
    try:
        await asyncio.sleep(1)
    except Exception:
        print("not reached: except Exception does not catch CancelledError")
async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except BaseException as e:
        print("caught as BaseException:", type(e).__name__)
asyncio.run(main())
