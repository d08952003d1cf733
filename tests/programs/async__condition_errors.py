import asyncio
async def main():
    cond = asyncio.Condition()
    for name in ("notify", "notify_all"):
        try:
            getattr(cond, name)()
        except RuntimeError as e:
            print(name, "RuntimeError:", e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print("wait RuntimeError:", e)
    lock = asyncio.Lock()
    cond2 = asyncio.Condition(lock)
    async with lock:
        print("shares lock:", cond2.locked())
        cond2.notify()
        print("notify with no waiters is fine")
asyncio.run(main())
