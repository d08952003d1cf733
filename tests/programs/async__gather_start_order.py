import asyncio
async def job(n):
    print("start", n)
    await asyncio.sleep(0)
    print("step", n)
    await asyncio.sleep(0)
    print("end", n)
    return n
async def main():
    print("before gather")
    res = await asyncio.gather(*(job(i) for i in range(4)))
    print("after gather", res)
asyncio.run(main())
