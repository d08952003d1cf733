# Structured concurrency with asyncio.TaskGroup (3.11). The first group fans out lookups and
# collects their results after the `async with` block. In the second group one lookup fails:
# the group cancels its siblings and raises an ExceptionGroup holding the failure.
import asyncio

INVENTORY = {"apple": 5, "pear": 0, "plum": 12}

async def lookup(item, delay):
    try:
        await asyncio.sleep(delay)
        if item not in INVENTORY:
            raise KeyError(item)
        print(f"  looked up {item}")
        return INVENTORY[item]
    except asyncio.CancelledError:
        print(f"  lookup of {item} cancelled")
        raise

async def main():
    async with asyncio.TaskGroup() as tg:
        tasks = {item: tg.create_task(lookup(item, d), name=item)
                 for item, d in [("apple", 0.03), ("pear", 0.01), ("plum", 0.02)]}
    print({item: t.result() for item, t in tasks.items()})

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(lookup("apple", 0.1))
            tg.create_task(lookup("kiwi", 0.01))
            tg.create_task(lookup("plum", 0.1))
    except ExceptionGroup as eg:
        print(type(eg).__name__ + ":", eg.message)
        for exc in eg.exceptions:
            print("  ", type(exc).__name__, exc)

asyncio.run(main())
