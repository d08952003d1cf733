import asyncio
async def waiter(name, ev):
    print(name, "waiting")
    r = await ev.wait()
    print(name, "released", r)
async def main():
    ev = asyncio.Event()
    tasks = [asyncio.create_task(waiter(n, ev)) for n in ("w1", "w2", "w3")]
    await asyncio.sleep(0.01)
    print("setting event")
    ev.set()
    print("set returned, is_set", ev.is_set())
    await asyncio.gather(*tasks)
asyncio.run(main())
