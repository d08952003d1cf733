# TaskGroup.create_task(coro, name=...) names the task after making it, so a named task
# still takes a number of the Task-N counter, as in CPython 3.11.
import asyncio


async def job():
    await asyncio.sleep(0)


async def main():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(job(), name="first")
        b = tg.create_task(job())
    print(a.get_name(), b.get_name())
    c = asyncio.create_task(job())
    await c
    print(c.get_name())


asyncio.run(main())
