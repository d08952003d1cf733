import asyncio
async def runner(name, gate, log):
    log.append(f"{name} ready")
    await gate.wait()
    log.append(f"{name} go")
    await asyncio.sleep(0)
    log.append(f"{name} step")
async def main():
    gate = asyncio.Event()
    log = []
    tasks = [asyncio.create_task(runner(n, gate, log)) for n in "abc"]
    await asyncio.sleep(0)
    log.append("gate opens")
    gate.set()
    await asyncio.gather(*tasks)
    for line in log:
        print(line)
asyncio.run(main())
