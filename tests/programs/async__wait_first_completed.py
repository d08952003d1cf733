import asyncio
async def job(name, delay):
    await asyncio.sleep(delay)
    print("finished", name)
    return name
async def main():
    tasks = [
        asyncio.create_task(job("slow", 0.6), name="slow"),
        asyncio.create_task(job("fast", 0.01), name="fast"),
        asyncio.create_task(job("mid", 0.3), name="mid"),
    ]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("done", sorted(t.get_name() for t in done))
    print("pending", sorted(t.get_name() for t in pending))
    done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
    print("done", sorted(t.get_name() for t in done))
    print("pending", sorted(t.get_name() for t in pending))
    await asyncio.wait(pending)
    print("all done", all(t.done() for t in tasks))
asyncio.run(main())
