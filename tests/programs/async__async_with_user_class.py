import asyncio
class Resource:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        print("open", self.name)
        await asyncio.sleep(0)
        return self
    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0)
        print("close", self.name, exc_type.__name__ if exc_type else None)
        return False
async def main():
    async with Resource("db") as r:
        print("using", r.name)
    try:
        async with Resource("net") as r:
            raise KeyError("oops")
    except KeyError as e:
        print("propagated", repr(e))
    async with Resource("a") as a, Resource("b") as b:
        print("both", a.name, b.name)
asyncio.run(main())
