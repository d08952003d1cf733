import asyncio
order = []
async def worker(n, lock):
    async with lock:
        order.append(n)
        await asyncio.sleep(0)
async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    tasks = [asyncio.create_task(worker(n, lock)) for n in (3, 1, 4, 1, 5)]
    await asyncio.sleep(0.01)
    print("queued while held:", order)
    lock.release()
    await asyncio.gather(*tasks)
    print("acquired in arrival order:", order)
asyncio.run(main())
