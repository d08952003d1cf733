import asyncio
async def bad():
    raise ValueError("nobody awaits me")
async def main():
    t = asyncio.create_task(bad())
    await asyncio.sleep(0.01)
    print("task done:", t.done())
    print("main finishes normally")
asyncio.run(main())
print("program exits with code 0")
