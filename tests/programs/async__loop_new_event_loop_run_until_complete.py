import asyncio
async def compute(x):
    await asyncio.sleep(0.01)
    return x * 2
loop = asyncio.new_event_loop()
print(loop.is_running(), loop.is_closed())
print(loop.run_until_complete(compute(21)))
print(loop.run_until_complete(compute(5)))
t = loop.create_task(compute(1))
print(loop.run_until_complete(t), t.done())
loop.close()
print(loop.is_closed())
loop.close()
print("closing twice is fine")
