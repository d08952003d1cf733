import asyncio
async def task_body(name):
    print(name, "step 1")
    await asyncio.sleep(0)
    print(name, "step 2")
async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(print, "callback A")
    t = asyncio.create_task(task_body("task"))
    loop.call_soon(print, "callback B")
    await asyncio.sleep(0)
    print("main resumed")
    loop.call_soon(print, "callback C")
    await t
    print("end")
asyncio.run(main())
