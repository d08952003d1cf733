import asyncio
async def job(x):
    await asyncio.sleep(0)
    return x + 1
async def main():
    loop = asyncio.get_running_loop()
    t = loop.create_task(job(1), name="via-loop")
    u = loop.create_task(job(2))
    print(t.get_name(), u.get_name())
    print(await t, await u)
    print(t.get_loop() is loop)
asyncio.run(main())
