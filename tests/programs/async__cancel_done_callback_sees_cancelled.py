import asyncio
def report(t):
    print("callback:", t.get_name(), "cancelled =", t.cancelled())
async def job():
    await asyncio.sleep(1)
async def main():
    t = asyncio.create_task(job(), name="victim")
    t.add_done_callback(report)
    await asyncio.sleep(0)
    t.cancel()
    print("cancel requested")
    await asyncio.sleep(0)
    print("task finished; callback scheduled")
    await asyncio.sleep(0)
    print("end")
asyncio.run(main())
