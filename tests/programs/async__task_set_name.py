import asyncio
async def worker():
    me = asyncio.current_task()
    print("inside as", me.get_name())
    me.set_name("renamed-inside")
    await asyncio.sleep(0)
    return me.get_name()
async def main():
    t = asyncio.create_task(worker(), name="orig")
    t.set_name("changed")
    print(await t)
    t.set_name(42)
    print(repr(t.get_name()))
    t2 = asyncio.create_task(worker(), name=7)
    print(repr(t2.get_name()))
    await t2
asyncio.run(main())
