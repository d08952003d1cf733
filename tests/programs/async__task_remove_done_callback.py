import asyncio
def first(t):
    print("first")
def second(t):
    print("second")
async def job():
    await asyncio.sleep(0)
async def main():
    t = asyncio.create_task(job())
    t.add_done_callback(first)
    t.add_done_callback(second)
    t.add_done_callback(first)
    print("removed", t.remove_done_callback(first))
    print("removed again", t.remove_done_callback(first))
    await t
    await asyncio.sleep(0)
    print("end")
asyncio.run(main())
