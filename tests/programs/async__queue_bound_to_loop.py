# A queue binds to the loop of its first wait; waiting in another loop is a RuntimeError,
# while the non-blocking paths keep working there (CPython's _LoopBoundMixin).
import asyncio

q = asyncio.Queue()


async def first():
    try:
        await asyncio.wait_for(q.get(), 0.01)
    except asyncio.TimeoutError:
        print("first loop: timed out waiting")


async def second():
    q.put_nowait(1)
    print("second loop: fast get", await q.get())
    try:
        await q.get()
    except RuntimeError as e:
        print("RuntimeError:", str(e).startswith("<Queue at 0x"),
              str(e).endswith("> is bound to a different event loop"))
    print(str(q))


asyncio.run(first())
asyncio.run(second())
