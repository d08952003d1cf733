# Producer / consumer with a bounded asyncio.Queue.
# Two producers put orders on a queue of size 2, so they block while it is full; two cooks
# (a fast one and a slow one) take orders, "cook" them (a sleep), and mark each one done
# with task_done(). queue.join() waits until every order is served, then the cooks, which
# loop forever, are cancelled.
import asyncio

async def producer(name, queue, count):
    for i in range(count):
        order = f"{name}-{i}"
        await queue.put(order)
        print(f"{name} queued {order} (size {queue.qsize()})")

async def cook(name, seconds, queue, served):
    while True:
        order = await queue.get()
        print(f"  {name} takes {order}")
        await asyncio.sleep(seconds)
        served.append(order)
        print(f"  {name} served {order}")
        queue.task_done()

async def main():
    queue = asyncio.Queue(maxsize=2)
    served = []
    cooks = [
        asyncio.create_task(cook("fast cook", 0.25, queue, served)),
        asyncio.create_task(cook("slow cook", 0.6, queue, served)),
    ]
    await asyncio.gather(producer("web", queue, 3), producer("phone", queue, 3))
    print("all orders queued")
    await queue.join()
    print("all orders served:", len(served), "queue empty:", queue.empty())
    for c in cooks:
        c.cancel()
    results = await asyncio.gather(*cooks, return_exceptions=True)
    print("cooks stopped:", [type(r).__name__ for r in results])
    print("served in order:", served)

asyncio.run(main())
