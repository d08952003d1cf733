import asyncio
async def who():
    t = asyncio.current_task()
    return t.get_name()
async def nested():
    return await who()
async def main():
    me = asyncio.current_task()
    print("main:", me.get_name())
    print("inline await:", await nested())
    t = asyncio.create_task(nested(), name="child")
    print("in task:", await t)
    print(await asyncio.gather(who(), who()))
    print(asyncio.current_task() is me)
asyncio.run(main())
