import asyncio
class AppError(Exception):
    pass
async def fails():
    await asyncio.sleep(0)
    raise AppError("task failed", 7)
async def main():
    t = asyncio.create_task(fails())
    try:
        await t
    except AppError as e:
        print("caught", e.args)
    try:
        await t
    except AppError as e:
        print("caught again", e.args)
    print(t.exception() is t.exception())
asyncio.run(main())
