# asyncio.Barrier (3.11): wait, parties, n_waiting, broken, abort, reset, repr, errors.
import asyncio


def r(x):
    # The repr without its address.
    text = repr(x)
    return text.split(" object at ")[0] + " [" + text.split("[")[-1]


async def worker(b, i, log):
    log.append(('start', i))
    idx = await b.wait()
    log.append(('passed', i, idx))
    return idx

async def main():
    b = asyncio.Barrier(3)
    print(r(b), b.parties, b.n_waiting, b.broken)
    log = []
    tasks = [asyncio.create_task(worker(b, i, log)) for i in range(3)]
    await asyncio.sleep(0)
    print(r(b), b.n_waiting)
    res = await asyncio.gather(*tasks)
    print(sorted(res), log)
    print(r(b))
    # async with
    b2 = asyncio.Barrier(2)
    async def w2():
        async with b2 as pos:
            return pos
    print(sorted(await asyncio.gather(w2(), w2())))
    # abort
    b3 = asyncio.Barrier(3)
    t = asyncio.create_task(b3.wait())
    await asyncio.sleep(0)
    print(b3.n_waiting)
    await b3.abort()
    print(r(b3), b3.broken)
    try:
        await t
    except asyncio.BrokenBarrierError as e:
        print("broken:", type(e).__name__, e, type(e).__mro__)
    try:
        await b3.wait()
    except asyncio.BrokenBarrierError as e:
        print("broken2:", e)
    await b3.reset()
    print(r(b3))
    # reset with waiters
    b4 = asyncio.Barrier(2)
    t = asyncio.create_task(b4.wait())
    await asyncio.sleep(0)
    await b4.reset()
    print(r(b4))
    try:
        await t
    except asyncio.BrokenBarrierError as e:
        print("reset:", e)
    print(r(b4))
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print(e)
    # cancel waiting
    b5 = asyncio.Barrier(2)
    t = asyncio.create_task(b5.wait())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled", b5.n_waiting, r(b5))
    print(type(b).__module__, type(b).__name__)

asyncio.run(main())
