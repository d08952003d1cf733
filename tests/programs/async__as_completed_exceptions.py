import asyncio
async def job(n):
    await asyncio.sleep(0.01 * n)
    if n % 2:
        raise ValueError(f"odd {n}")
    return n
async def main():
    tasks = [asyncio.create_task(job(n)) for n in (4, 1, 3, 2)]
    for fut in asyncio.as_completed(tasks):
        try:
            print("ok", await fut)
        except ValueError as e:
            print("error", e)
asyncio.run(main())
