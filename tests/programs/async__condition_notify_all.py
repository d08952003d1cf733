import asyncio
async def waiter(name, cond):
    async with cond:
        await cond.wait()
        print(name, "woken, lock held:", cond.locked())
async def main():
    cond = asyncio.Condition()
    tasks = [asyncio.create_task(waiter(f"w{i}", cond)) for i in range(3)]
    await asyncio.sleep(0.01)
    async with cond:
        print("notify_all")
        cond.notify_all()
        print("still holding the lock")
    await asyncio.gather(*tasks)
    print("locked at end:", cond.locked())
asyncio.run(main())
