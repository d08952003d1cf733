import asyncio
async def job():
    print("job")
async def main():
    job()
    print("main did not await job()")
asyncio.run(main())
print("end")
