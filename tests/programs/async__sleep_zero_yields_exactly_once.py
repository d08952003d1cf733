import asyncio
log = []
async def a():
    log.append("a1")
    await asyncio.sleep(0)
    log.append("a2")
    await asyncio.sleep(0)
    log.append("a3")
async def b():
    log.append("b1")
    await asyncio.sleep(0)
    log.append("b2")
    await asyncio.sleep(0)
    log.append("b3")
async def main():
    ta = asyncio.create_task(a())
    tb = asyncio.create_task(b())
    await ta
    await tb
    print(log)
asyncio.run(main())
