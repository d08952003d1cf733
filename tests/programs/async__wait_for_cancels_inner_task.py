import asyncio
async def slow():
    try:
        print("slow started")
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("slow got CancelledError")
        raise
    finally:
        print("slow finally")
async def main():
    t = asyncio.create_task(slow())
    try:
        await asyncio.wait_for(t, timeout=0.02)
    except TimeoutError:
        print("main: TimeoutError")
    print("inner done", t.done(), "cancelled", t.cancelled())
asyncio.run(main())
