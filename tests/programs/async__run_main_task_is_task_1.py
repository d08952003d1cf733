import asyncio
async def child():
    return asyncio.current_task().get_name()
async def main():
    me = asyncio.current_task()
    print(me.get_name())
    print(type(me).__name__, me.done())
    t = asyncio.create_task(child())
    print(await t)
    print(await asyncio.create_task(child()))
    print(await child())
asyncio.run(main())
