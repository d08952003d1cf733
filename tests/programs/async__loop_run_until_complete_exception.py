import asyncio
async def fails():
    await asyncio.sleep(0)
    raise OSError("disk on fire")
loop = asyncio.new_event_loop()
try:
    loop.run_until_complete(fails())
except OSError as e:
    print("propagated:", e)
print("loop still usable:", loop.run_until_complete(asyncio.sleep(0, result=7)))
loop.close()
