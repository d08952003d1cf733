import asyncio
async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.set_exception(ValueError("future failed"))
    print(fut.done(), repr(fut.exception()))
    try:
        await fut
    except ValueError as e:
        print("await raised", e)
    try:
        fut.result()
    except ValueError as e:
        print("result raised", e)
    f2 = loop.create_future()
    loop.call_soon(f2.set_exception, KeyError("k"))
    try:
        await f2
    except KeyError as e:
        print("await raised", repr(e))
asyncio.run(main())
