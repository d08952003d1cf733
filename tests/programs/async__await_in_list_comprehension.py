import asyncio
async def f(i):
    print("f", i)
    await asyncio.sleep(0)
    return i * 10
async def main():
    print([await f(i) for i in range(3)])
    print({i: await f(i) for i in range(2)})
    print([await f(i) for i in range(5) if i % 2])
    print(sum([await f(i) for i in range(3)]))
asyncio.run(main())
