import asyncio
async def job(n):
    return n + 100
async def main():
    tasks = [asyncio.create_task(job(n)) for n in range(3)]
    await asyncio.sleep(0)
    print([t.done() for t in tasks])
    done, pending = await asyncio.wait(tasks, timeout=0)
    print(len(done), len(pending), sorted(t.result() for t in done))
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(len(done), len(pending))
asyncio.run(main())
