# __await__ must give an iterator: returning self or a number is a TypeError, not a hang.
import asyncio


class ReturnsSelf:
    def __await__(self):
        return self


class ReturnsNumber:
    def __await__(self):
        return 42


class NoAwait:
    pass


async def main():
    for obj in [ReturnsSelf(), ReturnsNumber(), NoAwait(), 3]:
        try:
            await obj
        except TypeError as e:
            print(type(obj).__name__, "->", e)


asyncio.run(main())
