import asyncio
class Ready:
    def __init__(self, value):
        self.value = value
    def __await__(self):
        return asyncio.sleep(0, result=self.value).__await__()
async def main():
    print(await Ready(5))
    print(await asyncio.gather(Ready("a"), Ready("b")))
    print(await asyncio.wait_for(Ready("c"), 1))
asyncio.run(main())
