import asyncio
async def sleeper(name, d):
    await asyncio.sleep(d)
    print(name)
async def spinner():
    for i in range(3):
        print("spin", i)
        await asyncio.sleep(0)
async def main():
    await asyncio.gather(sleeper("timer 0.1", 0.1), spinner(), sleeper("timer 0.05", 0.05))
asyncio.run(main())
