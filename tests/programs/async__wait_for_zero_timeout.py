import asyncio
async def job():
    print("job body runs")
    return "job"
async def main():
    try:
        await asyncio.wait_for(job(), timeout=0)
    except TimeoutError:
        print("timeout 0 -> TimeoutError")
    t = asyncio.create_task(job())
    await asyncio.sleep(0)
    print("already done:", await asyncio.wait_for(t, timeout=0))
    fut = asyncio.get_running_loop().create_future()
    fut.set_result("ready")
    print("done future:", await asyncio.wait_for(fut, timeout=-1))
asyncio.run(main())
