import asyncio
async def worker(x, delay=0.02):
    await asyncio.sleep(delay)
    return x
async def main():
    t1 = asyncio.create_task(worker(1))
    t2 = asyncio.create_task(worker(2))
    t3 = asyncio.create_task(worker(3))
    asyncio.get_running_loop().call_later(0.01, t2.cancel)
    res = await asyncio.gather(t1, t2, t3, return_exceptions=True)
    print([type(r).__name__ for r in res])
    print(res[0], res[2])
    t4 = asyncio.create_task(worker(4))
    t5 = asyncio.create_task(worker(5, 0.4))
    asyncio.get_running_loop().call_later(0.01, t4.cancel)
    try:
        await asyncio.gather(t4, t5)
    except asyncio.CancelledError:
        print("gather raised CancelledError")
    print(t5.done())
    print(await t5)
asyncio.run(main())
