import asyncio
async def main():
    loop = asyncio.get_running_loop()
    def outer():
        print("outer runs")
        loop.call_soon(print, "inner scheduled by outer")
    loop.call_soon(outer)
    loop.call_soon(print, "sibling")
    await asyncio.sleep(0)
    print("main after first yield")
    await asyncio.sleep(0)
    print("main after second yield")
asyncio.run(main())
