import asyncio
async def user(name, sem, log):
    async with sem:
        log.append(name + "+")
        await asyncio.sleep(0.01)
        log.append(name + "-")
async def main():
    sem = asyncio.Semaphore(1)
    log = []
    await asyncio.gather(*(user(n, sem, log) for n in "pqrs"))
    print(" ".join(log))
asyncio.run(main())
