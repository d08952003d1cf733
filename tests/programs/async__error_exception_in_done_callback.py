import asyncio
def bad_callback(t):
    raise RuntimeError("callback exploded")
async def job():
    return 1
async def main():
    t = asyncio.create_task(job())
    t.add_done_callback(bad_callback)
    t.add_done_callback(lambda _: print("second callback still runs"))
    await t
    await asyncio.sleep(0)
    print("loop survived")
asyncio.run(main())
