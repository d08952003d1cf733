# Section 1.2 of the tutorial, "코루틴(Coroutines)", made deterministic.
# The document's own lines print memory addresses:
#     print(job)   # <function job at 0x7fc8cb38ef80>
#     job()        # <coroutine object job at 0x7fc8cb32bc30>, 'job' is not printed
#     main()       # <coroutine object main at 0x7fc8cb22bf40>
#     print(await main())   # notebook only: prints 'job' then None
# This faithful variant shows the same facts without printing any address:
# calling an async function only creates a coroutine object, nothing of its body runs
# until it is awaited (here through asyncio.run), and `return await job()` returns None.
import asyncio

def job_plain():
    print('job')

async def job():
    print('job')

async def main():
    return await job()  # 'job' 출력을 기다림

job_plain()                                          # a plain function runs at once
print(repr(job).startswith('<function job at 0x'))   # print(job)
print(asyncio.iscoroutinefunction(job), asyncio.iscoroutinefunction(job_plain))

coro = job()                                         # job(): nothing printed
print(type(coro).__name__, asyncio.iscoroutine(coro))
print(repr(coro).startswith('<coroutine object job at 0x'))
coro.close()  # the document leaves it un-awaited; closing it avoids the RuntimeWarning

m = main()                                           # main()
print(repr(m).startswith('<coroutine object main at 0x'))
m.close()

print(asyncio.run(main()))                           # print(await main()) -> job, None
