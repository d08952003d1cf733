# A StopIteration escaping a coroutine's body becomes "RuntimeError: coroutine raised
# StopIteration", caused by it (PEP 479): awaited inline, as a task, and uncaught.
import asyncio


async def stops(msg):
    await asyncio.sleep(0)
    raise StopIteration(msg)


async def stops_at_once():
    raise StopIteration


async def main():
    for make in (lambda: stops("after a sleep"), stops_at_once):
        try:
            await make()
        except RuntimeError as e:
            print(type(e).__name__, e, repr(e.__cause__), e.__suppress_context__)
        task = asyncio.create_task(make())
        try:
            await task
        except RuntimeError as e:
            print("task:", e, repr(e.__cause__))
    try:
        next(iter([]))
    except StopIteration:
        print("a StopIteration caught inside the coroutine is fine")
    await stops("uncaught")


asyncio.run(main())
