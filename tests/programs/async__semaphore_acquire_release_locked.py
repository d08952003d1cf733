import asyncio
async def main():
    sem = asyncio.Semaphore(2)
    print(sem.locked())
    print(await sem.acquire())
    print(sem.locked())
    await sem.acquire()
    print(sem.locked())
    sem.release()
    sem.release()
    sem.release()
    print("plain semaphore may go above its start value:", sem.locked())
    for _ in range(3):
        await sem.acquire()
    print(sem.locked())
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)
    print(asyncio.Semaphore().locked(), asyncio.Semaphore(0).locked())
asyncio.run(main())
