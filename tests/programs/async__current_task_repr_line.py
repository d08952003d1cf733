# A running task's repr shows the line its coroutine is running, as CPython's frame line
# does; a suspended one the line of its await; a finished one its def line.
import asyncio


def where(task):
    # "<Task pending name='Task-1' coro=<main() running at FILE:LINE> ...>" without FILE.
    text = repr(task)
    head, _, rest = text.partition(" at ")
    line = rest.split(">")[0].rsplit(":", 1)[-1]
    return head + " line " + line


def helper(task):
    return where(task)


async def child():
    await asyncio.sleep(0.1)
    me = asyncio.current_task()
    print("child", where(me))
    return 1


async def main():
    me = asyncio.current_task()
    print(where(me))
    c = asyncio.create_task(child(), name="kid")
    print(where(c))
    await asyncio.sleep(0)
    print(where(c))
    x = helper(me)
    print(x)
    if True:
        print(where(me))
    for i in range(2):
        print(i, where(me))
    await c
    print(where(c))
    print(where(me))


asyncio.run(main())
