import asyncio
async def child():
    await asyncio.sleep(0)
async def main(label):
    t = asyncio.create_task(child())
    print(label, asyncio.current_task().get_name(), t.get_name())
    await t
asyncio.run(main("first"))
asyncio.run(main("second"))
loop = asyncio.new_event_loop()
t = loop.create_task(child())
print("loop task", t.get_name())
loop.run_until_complete(t)
loop.close()
