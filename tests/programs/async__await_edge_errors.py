# Awaits CPython refuses or treats specially: a task awaiting itself, Event.wait with
# arguments, and __await__ giving a plain iterator (empty: None; yielding: a bad yield).
import asyncio


class Empty:
    def __await__(self):
        return iter([])


class Yields:
    def __await__(self):
        return iter([5])


async def main():
    try:
        await asyncio.current_task()
    except RuntimeError as e:
        print("RuntimeError:", str(e).split(":")[0])
    ev = asyncio.Event()
    for call in [lambda: ev.wait(1), lambda: ev.wait(timeout=1)]:
        try:
            await call()
        except TypeError as e:
            print("TypeError:", e)
    print(await Empty())
    try:
        await Yields()
    except RuntimeError as e:
        print("RuntimeError:", e)
    ev.set()
    print(await ev.wait())


asyncio.run(main())
