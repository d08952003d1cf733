import asyncio
async def job(name, delay):
    print("start", name)
    await asyncio.sleep(delay)
    print("end", name)
    return name.upper()
async def main():
    results = await asyncio.gather(job("a", 0.03), job("b", 0.01), job("c", 0.02))
    print(results)
asyncio.run(main())
