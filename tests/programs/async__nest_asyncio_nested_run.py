# A nested asyncio.run on the running loop, as nest_asyncio allows (the tutorial's notebook
# cell). Regenerating this golden needs `pip install nest_asyncio` (see tests/README.md).
import asyncio, nest_asyncio

nest_asyncio.apply()


async def job(n):
    await asyncio.sleep(0.1)
    print("job", n)
    return n


async def ticker():
    # A task of the outer run: it keeps running while the nested run waits.
    for i in range(3):
        print("tick", i)
        await asyncio.sleep(0.04)


async def main():
    t = asyncio.create_task(ticker())
    print(asyncio.run(job(1)))
    print(await asyncio.gather(job(2), job(3)))
    await t
    print(asyncio.run(job(4)))


asyncio.run(main())
print("after", asyncio.run(job(5)))
