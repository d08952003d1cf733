import asyncio
async def ok(n):
    await asyncio.sleep(0.01 * n)
    return n
async def main():
    tasks = [asyncio.create_task(ok(n)) for n in (3, 1, 2)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), len(pending))
    print(sorted(t.result() for t in done))
    print(asyncio.FIRST_EXCEPTION, asyncio.FIRST_COMPLETED, asyncio.ALL_COMPLETED)
asyncio.run(main())
