import asyncio
async def sleeper():
    print("sleeper starts")
    try:
        await asyncio.sleep(1)
        print("never")
    finally:
        print("sleeper finally")
async def main():
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0.01)
    print("cancel ->", t.cancel())
    print("done right after cancel()?", t.done())
    try:
        await t
    except asyncio.CancelledError:
        print("awaiting it raises CancelledError")
    print(t.done(), t.cancelled())
asyncio.run(main())
