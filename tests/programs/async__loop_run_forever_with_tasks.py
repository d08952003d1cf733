import asyncio
loop = asyncio.new_event_loop()
async def worker(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0.01)
    return name
async def supervisor():
    r = await asyncio.gather(worker("a", 2), worker("b", 3))
    print("results", r)
    loop.stop()
loop.create_task(supervisor())
loop.run_forever()
loop.close()
print("end")
