import asyncio
async def stage(n, inbox, outbox):
    v = await inbox
    print("stage", n, "got", v)
    outbox.set_result(v + 1)
async def main():
    loop = asyncio.get_running_loop()
    futs = [loop.create_future() for _ in range(4)]
    tasks = [asyncio.create_task(stage(i, futs[i], futs[i + 1])) for i in range(3)]
    loop.call_soon(print, "callback scheduled before the chain")
    futs[0].set_result(0)
    print("final", await futs[3])
    await asyncio.gather(*tasks)
asyncio.run(main())
