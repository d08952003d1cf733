import asyncio
async def main():
    fut = asyncio.get_running_loop().create_future()
    try:
        fut.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    try:
        fut.exception()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    fut.set_result(None)
    print(fut.result(), fut.exception())
asyncio.run(main())
