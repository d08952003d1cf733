import asyncio
async def slow():
    await asyncio.sleep(1)
async def main():
    t = asyncio.create_task(slow())
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.sleep(0)
    print(t.done(), t.cancelled())
    for method in (t.result, t.exception):
        try:
            method()
        except asyncio.CancelledError as e:
            print(method.__name__, "raises CancelledError", e.args)
asyncio.run(main())
