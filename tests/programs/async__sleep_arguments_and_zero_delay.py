# asyncio.sleep: its arguments bound with the messages of the Python function CPython has;
# a zero or negative delay gives way for one turn (result passed through), also through
# an attribute holding sleep, and a task spinning on sleep(0) can be cancelled.
import asyncio

async def w(i):
    r = await asyncio.sleep(0, i)
    r2 = await asyncio.sleep(-1, result=r + 1)
    await asyncio.sleep(False)
    return r2

async def spin():
    while True:
        await asyncio.sleep(0)

async def main():
    print(await asyncio.gather(*[w(i) for i in range(3)]))
    t = asyncio.create_task(spin())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(t)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError as e:
        print("cancelled", repr(e), t.cancelled())
    try:
        await asyncio.sleep("x")
    except TypeError as e:
        print("TypeError", e)
    try:
        await asyncio.sleep(0, 1, 2)
    except TypeError as e:
        print("TypeError", e)
    class A: pass
    a = A()
    a.s = asyncio.sleep
    print(await a.s(0, "via attr"))
    t2 = asyncio.create_task(spin())
    await asyncio.sleep(0)
    t2.cancel("bye")
    try:
        await t2
    except asyncio.CancelledError as e:
        print("cancelled", e.args)

asyncio.run(main())
async def arguments():
    print(await asyncio.sleep(delay=0, result=5))
    for args, kw in [((), {}), ((0, 1, 2), {}), ((0, 1), {"result": 2}), ((0,), {"x": 1}), ((), {"result": 1}), ((0,), {"delay": 1})]:
        try:
            await asyncio.sleep(*args, **kw)
        except TypeError as e:
            print("TypeError", e)
asyncio.run(arguments())


from asyncio import sleep as nap


async def imported():
    print(await nap(0, "imported"), await nap(-0.5), await nap(0.0, result=[1]))
    try:
        await nap()
    except TypeError as e:
        print("TypeError", e)
    try:
        await nap(None)
    except TypeError as e:
        print("TypeError", e)
    coro = nap(0, "kept")
    print(type(coro).__name__, await coro)


asyncio.run(imported())
