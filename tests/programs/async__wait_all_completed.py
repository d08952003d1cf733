import asyncio
async def job(n, delay):
    await asyncio.sleep(delay)
    return n * n
async def main():
    tasks = [asyncio.create_task(job(n, 0.01 * (4 - n)), name=f"job{n}") for n in range(4)]
    done, pending = await asyncio.wait(tasks)
    print(type(done).__name__, type(pending).__name__)
    print(len(done), len(pending))
    print(sorted(t.get_name() for t in done))
    print(sorted(t.result() for t in done))
    print([t.result() for t in tasks])
asyncio.run(main())
