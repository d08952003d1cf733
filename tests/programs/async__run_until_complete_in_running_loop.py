# A running loop refuses run_until_complete and asyncio.run before it touches the coroutine,
# which can still be awaited afterwards.
import asyncio


async def f(x):
    await asyncio.sleep(0)
    return x * 10


async def main():
    loop = asyncio.get_running_loop()
    c = f(1)
    try:
        loop.run_until_complete(c)
    except RuntimeError as e:
        print(type(e).__name__, e)
    print(await c)
    c = f(2)
    try:
        asyncio.run(c)
    except RuntimeError as e:
        print(type(e).__name__, e)
    print(await c)
    try:
        loop.run_forever()
    except RuntimeError as e:
        print(type(e).__name__, e)
    other = asyncio.new_event_loop()
    c = f(3)
    try:
        other.run_until_complete(c)
    except RuntimeError as e:
        print(type(e).__name__, e)
    print(await c)
    other.close()
    c = f(4)
    try:
        other.run_until_complete(c)
    except RuntimeError as e:
        print(type(e).__name__, e)
    print(await c)
    print(len(asyncio.all_tasks()))


asyncio.run(main())
loop = asyncio.new_event_loop()
print(loop.run_until_complete(f(5)))
loop.close()
