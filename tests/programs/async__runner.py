# asyncio.Runner (3.11): a context manager owning one loop, run() many times, get_loop(),
# close(), and the errors of a closed runner or a running loop.
import asyncio


async def f(x):
    await asyncio.sleep(0.1)
    return x * 2


async def current_name():
    return asyncio.current_task().get_name()


async def background():
    try:
        await asyncio.sleep(10)
    finally:
        print("background cancelled at close")


async def spawn():
    asyncio.create_task(background())
    await asyncio.sleep(0)


with asyncio.Runner() as runner:
    print(runner.run(f(1)))
    print(runner.run(f(2)))
    loop = runner.get_loop()
    print(loop is runner.get_loop(), loop.is_closed(), loop.is_running())
    print(loop is asyncio.get_event_loop())
    print(runner.run(current_name()))
    runner.run(spawn())
    try:
        runner.run(5)
    except ValueError as e:
        print(type(e).__name__, e)
print(loop.is_closed())
c = f(3)
try:
    runner.run(c)
except RuntimeError as e:
    print(type(e).__name__, e)
print(asyncio.run(c))
try:
    runner.get_loop()
except RuntimeError as e:
    print(type(e).__name__, e)
runner.close()
r = asyncio.Runner()
r.close()
print(r.run(current_name()))
r.close()


async def nested():
    inner = asyncio.Runner()
    c = f(4)
    try:
        inner.run(c)
    except RuntimeError as e:
        print(type(e).__name__, e)
    print(await c)


asyncio.run(nested())
with asyncio.Runner(debug=True) as r2:
    print(r2.get_loop().get_debug())
    print(r2.run(f(5), context=None))
print(type(r2).__module__, type(r2).__name__)
try:
    asyncio.Runner(1)
except TypeError as e:
    print(type(e).__name__, e)


async def check_debug():
    return asyncio.get_running_loop().get_debug()


print(asyncio.run(check_debug()), asyncio.run(check_debug(), debug=True))
