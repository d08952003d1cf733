import asyncio
loop = asyncio.new_event_loop()
fut = loop.create_future()
loop.call_later(0.01, fut.set_result, "from timer")
print(loop.run_until_complete(fut))
async def use(f):
    return "task saw " + await f
f2 = loop.create_future()
t = loop.create_task(use(f2))
loop.call_soon(f2.set_result, "value")
print(loop.run_until_complete(t))
loop.close()
