import asyncio
async def failing():
    await asyncio.sleep(0.01)
    raise ZeroDivisionError("inner failed")
async def main():
    try:
        await asyncio.wait_for(failing(), timeout=1)
    except ZeroDivisionError as e:
        print("propagated:", e)
    except TimeoutError:
        print("wrong")
asyncio.run(main())
