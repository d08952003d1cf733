import asyncio
async def sleeper(name, delay):
    print("sleep", name, delay)
    await asyncio.sleep(delay)
    print("woke", name)
async def main():
    await asyncio.gather(
        sleeper("slow", 0.05), sleeper("fast", 0.01),
        sleeper("mid", 0.03), sleeper("zero", 0),
    )
asyncio.run(main())
