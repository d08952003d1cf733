import asyncio
async def sleeper(name):
    await asyncio.sleep(0.02)
    print("woke", name)
async def main():
    tasks = [asyncio.create_task(sleeper(n)) for n in "abcde"]
    await asyncio.gather(*tasks)
    tasks = [asyncio.create_task(sleeper(n)) for n in "edcba"]
    await asyncio.gather(*tasks)
asyncio.run(main())
