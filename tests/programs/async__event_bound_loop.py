# An Event binds to the loop of its first wait; waiting in another loop is a RuntimeError.
import asyncio
ev = asyncio.Event()
async def first():
    try:
        await asyncio.wait_for(ev.wait(), 0.01)
    except asyncio.TimeoutError:
        print("timeout")
async def second():
    try:
        await ev.wait()
    except RuntimeError as e:
        print("RuntimeError", str(e).split("]>")[1])
    w = ev.wait()
    try:
        await w
    except RuntimeError as e:
        print("RuntimeError", str(e).split("]>")[1])
    ev.set()
    print(await ev.wait())
asyncio.run(first())
asyncio.run(second())
