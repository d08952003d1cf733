import asyncio
async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.set_result(1)
    for action in ("set_result", "set_exception"):
        try:
            if action == "set_result":
                fut.set_result(2)
            else:
                fut.set_exception(ValueError())
        except asyncio.InvalidStateError as e:
            print(action, "->", type(e).__name__, e)
    print(fut.result())
    print("cancel done future:", fut.cancel())
asyncio.run(main())
