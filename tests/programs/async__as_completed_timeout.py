import asyncio
async def job(name, delay):
    await asyncio.sleep(delay)
    return name
async def main():
    tasks = [asyncio.create_task(job("quick", 0.01)), asyncio.create_task(job("slow", 5))]
    try:
        for fut in asyncio.as_completed(tasks, timeout=0.3):
            print("got", await fut)
    except TimeoutError:
        print("as_completed timed out")
    print("slow still running:", not tasks[1].done())
    tasks[1].cancel()
asyncio.run(main())
