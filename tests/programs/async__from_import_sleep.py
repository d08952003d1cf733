import asyncio
from asyncio import sleep
async def countdown(n):
    while n > 0:
        print("count", n)
        await sleep(0.001)
        n -= 1
    return "liftoff"
print(asyncio.run(countdown(3)))
