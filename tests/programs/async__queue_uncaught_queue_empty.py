# An uncaught QueueEmpty ends the program with CPython's last traceback line.
import asyncio


async def main():
    q = asyncio.LifoQueue()
    q.put_nowait(1)
    print(q.get_nowait())
    q.get_nowait()


asyncio.run(main())
