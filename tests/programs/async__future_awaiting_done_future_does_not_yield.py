import asyncio
async def other():
    print("other task runs")
async def main():
    fut = asyncio.get_running_loop().create_future()
    fut.set_result("ready")
    asyncio.create_task(other())
    print("before await")
    v = await fut
    print("after await done future:", v)
    await asyncio.sleep(0)
    print("after sleep(0)")
asyncio.run(main())
