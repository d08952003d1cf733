import asyncio
async def ok(name, delay):
    await asyncio.sleep(delay)
    return name
async def bad(delay):
    await asyncio.sleep(delay)
    raise ValueError("bad task")
async def main():
    tasks = [
        asyncio.create_task(ok("a", 0.01), name="a"),
        asyncio.create_task(bad(0.03), name="bad"),
        asyncio.create_task(ok("c", 5), name="c"),
    ]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print("done", sorted(t.get_name() for t in done))
    print("pending", sorted(t.get_name() for t in pending))
    for t in sorted(done, key=lambda t: t.get_name()):
        print(t.get_name(), repr(t.exception()))
    for t in pending:
        t.cancel()
    await asyncio.wait(pending)
    print("c cancelled:", tasks[2].cancelled())
asyncio.run(main())
