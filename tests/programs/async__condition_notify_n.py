import asyncio
async def waiter(n, cond, woken):
    async with cond:
        await cond.wait()
        woken.append(n)
async def main():
    cond = asyncio.Condition()
    woken = []
    tasks = [asyncio.create_task(waiter(n, cond, woken)) for n in range(5)]
    await asyncio.sleep(0)
    async with cond:
        cond.notify(2)
    await asyncio.sleep(0.01)
    print("after notify(2):", woken)
    async with cond:
        cond.notify(10)
    await asyncio.gather(*tasks)
    print("after notify(10):", woken)
asyncio.run(main())
