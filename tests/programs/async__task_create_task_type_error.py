import asyncio
async def job():
    return 1
async def main():
    for bad in [1, job, None]:
        try:
            asyncio.create_task(bad)
        except TypeError as e:
            print(str(e).split(" got ")[0], type(bad).__name__)
    print(await asyncio.create_task(job()))
asyncio.run(main())
