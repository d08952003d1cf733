# A TaskGroup whose one child fails: the others are cancelled, the group raises.
import asyncio


async def job(n):
    await asyncio.sleep(n)
    if n == 2:
        raise RuntimeError("job 2 broke")
    return n


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            for n in (1, 2, 3):
                tg.create_task(job(n), name=f"job-{n}")
    except* RuntimeError as group:
        print("caught:", [str(e) for e in group.exceptions])


asyncio.run(main())
