import asyncio
async def worker(name, steps):
    for i in range(steps):
        print(name, i)
        await asyncio.sleep(0)
    return f"{name} done"
async def main():
    print(await asyncio.gather(worker("x", 3), worker("y", 2), worker("z", 1)))
asyncio.run(main())
