import asyncio
loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(asyncio.get_event_loop() is loop)
async def inside():
    return asyncio.get_running_loop() is loop, asyncio.get_event_loop() is loop
print(loop.run_until_complete(inside()))
loop.close()
asyncio.set_event_loop(None)
print("done")
