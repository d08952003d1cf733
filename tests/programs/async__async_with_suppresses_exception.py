import asyncio
class Suppress:
    async def __aenter__(self):
        return "entered value"
    async def __aexit__(self, exc_type, exc, tb):
        if exc_type is not None:
            print("suppressing", exc_type.__name__, exc)
        return True
async def main():
    async with Suppress() as v:
        print(v)
        raise ValueError("hidden")
    print("continues after the block")
    async with Suppress():
        pass
    print("end")
asyncio.run(main())
