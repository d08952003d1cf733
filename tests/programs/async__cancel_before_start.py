import asyncio
async def job():
    print("job body never runs")
    try:
        await asyncio.sleep(0)
    finally:
        print("finally never runs either")
async def main():
    t = asyncio.create_task(job())
    print("cancel:", t.cancel())
    print("done yet?", t.done())
    await asyncio.sleep(0)
    print("done:", t.done(), "cancelled:", t.cancelled())
asyncio.run(main())
