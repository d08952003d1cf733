import asyncio
async def work():
    await asyncio.sleep(0.4)
    print("work completed anyway")
    return 123
async def main():
    t = asyncio.create_task(work())
    try:
        await asyncio.wait_for(asyncio.shield(t), timeout=0.01)
    except TimeoutError:
        print("timed out, task cancelled?", t.cancelled())
    print("result", await t)
asyncio.run(main())
