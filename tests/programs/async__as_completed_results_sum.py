import asyncio
async def price(item, delay):
    await asyncio.sleep(delay)
    return item, len(item) * 10
async def main():
    total = 0
    seen = []
    futs = asyncio.as_completed([price("tea", 0.02), price("coffee", 0.01), price("milk", 0.03)])
    for f in futs:
        item, cost = await f
        seen.append(item)
        total += cost
        print(f"{item:>8}: {cost:3d} running total {total}")
    print(seen, total)
asyncio.run(main())
