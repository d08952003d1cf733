import asyncio
async def main():
    try:
        async with asyncio.timeout(0.02):
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print("inside the block it is a CancelledError")
                raise
            finally:
                print("finally inside block")
    except TimeoutError:
        print("outside it became TimeoutError")
    print("task not cancelled:", asyncio.current_task().cancelling())
asyncio.run(main())
