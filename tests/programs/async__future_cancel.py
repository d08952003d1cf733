import asyncio
async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print("cancel:", fut.cancel())
    print("again:", fut.cancel())
    print(fut.done(), fut.cancelled())
    try:
        await fut
    except asyncio.CancelledError:
        print("awaiting cancelled future raises CancelledError")
    try:
        fut.set_result(1)
    except asyncio.InvalidStateError as e:
        print("set_result on cancelled:", e)
    f2 = loop.create_future()
    f2.cancel("with message")
    try:
        f2.result()
    except asyncio.CancelledError as e:
        print("message:", e.args)
asyncio.run(main())
