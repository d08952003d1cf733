import asyncio
async def job():
    print("body never runs")
    return "value"
c = job()
c.close()
print("closed without running: no warning")
try:
    asyncio.run(c)
except RuntimeError as e:
    print("RuntimeError:", e)
c2 = job()
c2.close()
c2.close()
print("closing twice is fine")
