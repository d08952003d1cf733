import asyncio

async def job(number):
    print(f"Job {number} started")
    await asyncio.sleep(1)  # 매우 오래 걸리는 작업
    print(f"Job {number} completed")

async def main():
    await job(1)
    await job(2)
    await job(3)

asyncio.run(main())
