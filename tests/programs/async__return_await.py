import asyncio
async def base(n):
    await asyncio.sleep(0)
    return n
async def wrapper(n):
    return await base(n) + 1
async def double_wrapper(n):
    return await wrapper(await wrapper(n))
async def main():
    print(await wrapper(1))
    print(await double_wrapper(10))
    return await asyncio.gather(wrapper(0), double_wrapper(0))
print(asyncio.run(main()))
