# Two tasks each await the other: neither can finish first.
import asyncio

tasks = {}


async def ping():
    await asyncio.sleep(0)
    await tasks["pong"]


async def pong():
    await asyncio.sleep(0)
    await tasks["ping"]


async def main():
    tasks["ping"] = asyncio.create_task(ping(), name="ping")
    tasks["pong"] = asyncio.create_task(pong(), name="pong")
    await asyncio.gather(tasks["ping"], tasks["pong"])


asyncio.run(main())
