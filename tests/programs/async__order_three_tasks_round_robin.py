import asyncio
out = []
async def worker(name, n):
    for i in range(n):
        out.append(f"{name}{i}")
        await asyncio.sleep(0)
async def main():
    await asyncio.gather(worker("a", 4), worker("b", 2), worker("c", 3))
    print(" ".join(out))
asyncio.run(main())
