import asyncio
async def main():
    sem = asyncio.BoundedSemaphore(1)
    async with sem:
        print("inside, locked:", sem.locked())
    try:
        sem.release()
    except ValueError as e:
        print("ValueError:", e)
    print(isinstance(sem, asyncio.Semaphore))
asyncio.run(main())
