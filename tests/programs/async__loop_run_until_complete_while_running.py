import asyncio
async def job():
    return 1
async def main():
    loop = asyncio.get_running_loop()
    coro = job()
    try:
        loop.run_until_complete(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    coro.close()
    print("is_running:", loop.is_running())
asyncio.run(main())
