import asyncio
async def job(name, delay):
    print("start", name)
    await asyncio.sleep(delay)
    print("end", name)
    return name.upper()
async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(job("a", 0.02))
        t2 = tg.create_task(job("b", 0.01))
        t3 = tg.create_task(job("c", 0.03), name="named")
        print("body done, tasks started?", t1.done())
    print("after group:", t1.result(), t2.result(), t3.result())
    print(t3.get_name())
asyncio.run(main())
