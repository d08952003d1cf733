import asyncio
async def main():
    loop = asyncio.get_running_loop()
    futs = [loop.create_future() for _ in range(3)]
    loop.call_later(0.3, futs[0].set_result, "zero")
    loop.call_later(0.01, futs[1].set_exception, OSError("io"))
    done, pending = await asyncio.wait(futs, return_when=asyncio.FIRST_COMPLETED)
    print(len(done), len(pending))
    f = done.pop()
    print(f is futs[1], repr(f.exception()))
    done, pending = await asyncio.wait(futs, timeout=0.5)
    print(len(done), len(pending), futs[0].result(), futs[2].done())
    futs[2].cancel()
asyncio.run(main())
