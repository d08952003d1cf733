import asyncio
async def step(name, delay):
    try:
        await asyncio.sleep(delay)
        print(name, "finished")
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise
async def runner():
    await asyncio.gather(step("fast", 0.01), step("slow1", 5), step("slow2", 5))
async def main():
    t = asyncio.create_task(runner())
    await asyncio.sleep(0.3)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("runner cancelled:", t.cancelled())
asyncio.run(main())
