import asyncio
async def job():
    return "r"
async def main():
    t = asyncio.create_task(job())
    await t
    print("task done", t.done())
    t.add_done_callback(lambda task: print("late callback", task.result()))
    print("callback not run yet")
    await asyncio.sleep(0)
    print("after yield")
asyncio.run(main())
