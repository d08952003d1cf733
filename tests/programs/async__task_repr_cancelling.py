# A task's repr says 'cancelling' while a cancel() is pending (and not after uncancel()),
# names the task with repr() quoting, and a result whose __repr__ fails shows a
# placeholder, as reprlib does.
import asyncio


class F:
    def __repr__(self):
        raise ValueError("no")


async def sl():
    await asyncio.sleep(1)


async def main():
    t = asyncio.create_task(sl(), name="it's")
    await asyncio.sleep(0)
    t.cancel()
    print(t)
    u = asyncio.create_task(sl())
    u.cancel()
    u.uncancel()
    print(u)
    u.cancel()
    v = asyncio.create_task(sl())
    v.cancel()
    print(v)
    await asyncio.sleep(0)
    print(v)
    f = asyncio.get_running_loop().create_future()
    f.set_result(F())
    text = repr(f)
    print(text.startswith("<Future finished result=<F instance at 0x"), text.endswith(">>"))


asyncio.run(main())
