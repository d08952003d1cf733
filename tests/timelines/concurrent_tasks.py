# The same work as two tasks: they overlap while they sleep, so it takes the longest delay.
import asyncio


async def say_after(delay, what):
    await asyncio.sleep(delay)
    print(what)


async def main():
    task1 = asyncio.create_task(say_after(1, "hello"))
    task2 = asyncio.create_task(say_after(2, "world"))
    print("started")
    await task1
    await task2
    print("finished")


asyncio.run(main())
