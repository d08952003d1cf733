import asyncio
finished = []
async def work(name, delay):
    await asyncio.sleep(delay)
    finished.append(name)
    return f"{name}:{delay}"
async def main():
    results = await asyncio.gather(
        work("first", 0.04), work("second", 0.01), work("third", 0.02)
    )
    print("results  ", results)
    print("completed", finished)
asyncio.run(main())
