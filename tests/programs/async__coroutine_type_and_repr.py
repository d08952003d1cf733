import asyncio
async def job():
    return 1
def plain():
    return 1
c = job()
print(type(c).__name__)
print(asyncio.iscoroutine(c), asyncio.iscoroutine(plain()), asyncio.iscoroutine(job))
print(repr(c).startswith("<coroutine object job at 0x"))
print(repr(job).startswith("<function job at 0x"))
print(str(c) == repr(c))
c.close()
print(asyncio.run(job()))
