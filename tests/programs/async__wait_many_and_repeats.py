# asyncio.wait and as_completed over many futures, with the same future given twice: each
# counted once, results in completion order.
import asyncio


async def job(i):
    for _ in range(i % 3):
        await asyncio.sleep(0)
    return i


async def main():
    tasks = [asyncio.create_task(job(i)) for i in range(300)]
    done, pending = await asyncio.wait(tasks + tasks[:50])
    print(len(done), len(pending), sum(t.result() for t in done))
    tasks = [asyncio.create_task(job(i)) for i in range(12)]
    order = []
    for next_done in asyncio.as_completed(tasks + [tasks[0], tasks[5]]):
        order.append(await next_done)
    print(order)
    tasks = [asyncio.create_task(job(i)) for i in range(9)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(sorted(t.result() for t in done), len(pending))
    await asyncio.gather(*pending)


asyncio.run(main())
