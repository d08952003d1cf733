import asyncio
async def job(name, delay):
    await asyncio.sleep(delay)
    print("job finished", name)
    return name
async def main():
    quick = asyncio.create_task(job("quick", 0.01), name="quick")
    slow = asyncio.create_task(job("slow", 0.6), name="slow")
    done, pending = await asyncio.wait({quick, slow}, timeout=0.3)
    print("done", [t.get_name() for t in done])
    print("pending", [t.get_name() for t in pending])
    print("slow cancelled?", slow.cancelled())
    print("await slow ->", await slow)
asyncio.run(main())
