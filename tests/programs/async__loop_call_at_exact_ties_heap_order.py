import asyncio
# Timers with exactly the same deadline: CPython's heap compares only the deadline,
# so the order among exact ties follows heapq, not always the scheduling order.
async def main():
    loop = asyncio.get_running_loop()
    when = loop.time() + 0.01
    for n in range(2):
        loop.call_at(when, print, "pair", n)
    await asyncio.sleep(0.03)
    when = loop.time() + 0.01
    for n in range(3):
        loop.call_at(when, print, "three", n)
    await asyncio.sleep(0.03)
    when = loop.time() + 0.01
    for n in range(8):
        loop.call_at(when, print, "eight", n)
    await asyncio.sleep(0.03)
asyncio.run(main())
