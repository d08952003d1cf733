import asyncio
async def job(n):
    print("job", n, "starts")
    await asyncio.sleep(0)
    print("job", n, "resumes")
async def main():
    tasks = []
    for n in range(4):
        tasks.append(asyncio.create_task(job(n)))
        print("created", n)
    print("main still running before any job")
    await asyncio.gather(*tasks)
asyncio.run(main())
