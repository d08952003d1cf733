import asyncio
print("never runs")
await asyncio.sleep(0)
