import asyncio
async def main():
    loop = asyncio.get_running_loop()
    f1 = loop.create_future()
    f2 = loop.create_future()
    f3 = loop.create_future()
    loop.call_later(0.02, f1.set_result, "one")
    loop.call_later(0.01, f2.set_result, "two")
    loop.call_soon(f3.set_result, "three")
    print(await asyncio.gather(f1, f2, f3))
asyncio.run(main())
