import asyncio
async def double(x):
    await asyncio.sleep(0)
    return x * 2
async def add_then_double(a, b):
    s = a + b
    print("sum", s)
    return await double(s)
async def main():
    v = await add_then_double(1, 2)
    w = await double(v)
    print("values", v, w)
    return [v, w]
print(asyncio.run(main()))
