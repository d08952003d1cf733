import asyncio
async def victim():
    await asyncio.sleep(1)
async def main():
    t = asyncio.create_task(victim())
    await asyncio.sleep(0)
    t.cancel()
    for attempt in range(2):
        try:
            await t
        except asyncio.CancelledError:
            print("attempt", attempt, "CancelledError")
    print("main itself not cancelled:", asyncio.current_task().cancelling())
asyncio.run(main())
