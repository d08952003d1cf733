import asyncio
import sys
async def main():
    print("exiting from a coroutine")
    await asyncio.sleep(0)
    sys.exit(3)
asyncio.run(main())
print("never")
