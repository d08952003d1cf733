import asyncio
async def square(x):
    await asyncio.sleep(0)
    return x * x
async def name():
    return "pyco"
async def main():
    total = 0
    for i in range(1, 4):
        total += await square(i)
        print(f"i={i} square={await square(i)} total={total}")
    print(f"{await name()!r:>8}|{await square(3):03d}|{await name():^10}|")
asyncio.run(main())
