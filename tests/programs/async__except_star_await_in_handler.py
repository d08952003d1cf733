import asyncio

async def fail(n, kind):
    await asyncio.sleep(0)
    raise kind(n)

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(1, ValueError))
            tg.create_task(fail(2, TypeError))
            tg.create_task(fail(3, ValueError))
    except* ValueError as e:
        await asyncio.sleep(0)
        print("values", sorted(str(x) for x in e.exceptions))
    except* TypeError as e:
        await asyncio.sleep(0.01)
        print("types", [str(x) for x in e.exceptions])
    try:
        try:
            await fail(5, KeyError)
        except* KeyError as e:
            await asyncio.sleep(0)
            print("naked", repr(e))
            raise RuntimeError("from handler")
    except RuntimeError as e:
        print("then", repr(e), repr(e.__context__))
    try:
        try:
            raise ExceptionGroup("eg", [ValueError(1), TypeError(2), OSError(3)])
        except* ValueError:
            await asyncio.sleep(0)
            raise
        except* TypeError:
            await asyncio.sleep(0)
            raise IndexError("new")
        finally:
            print("finally")
    except ExceptionGroup as e:
        print(repr(e))
    try:
        try:
            raise ExceptionGroup("eg", [ValueError(1)])
        except* (await asyncio.sleep(0, result=ValueError)):
            print("type from an await")
        except* undefined_name:
            pass
        finally:
            print("finally after a bad type")
    except NameError as e:
        print(type(e).__name__, e, repr(e.__context__))

asyncio.run(main())
