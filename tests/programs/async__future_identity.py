# Tasks and futures keep one identity: `is`, ==, hashing in sets and dicts, current_task(),
# all_tasks(), and the task a done callback receives.
import asyncio

seen = []


async def job(n):
    me = asyncio.current_task()
    seen.append(me)
    await asyncio.sleep(0)
    return n


async def main():
    tasks = [asyncio.create_task(job(i)) for i in range(3)]
    by_task = {t: i for i, t in enumerate(tasks)}
    await asyncio.sleep(0)
    print([s is t for s, t in zip(seen, tasks)])
    print(tasks[0] == tasks[0], tasks[0] == tasks[1], tasks[0] != tasks[1])
    print(len({*tasks, *tasks}), by_task[seen[2]])
    print(all(t in asyncio.all_tasks() for t in tasks))
    print(asyncio.current_task() in asyncio.all_tasks())
    fut = asyncio.get_running_loop().create_future()
    got = []
    fut.add_done_callback(lambda f: got.append(f is fut))
    fut.set_result("ok")
    await asyncio.sleep(0)
    print(got, fut.result(), type(fut).__name__, type(tasks[0]).__name__)
    print(isinstance(tasks[0], asyncio.Future), isinstance(fut, asyncio.Task))
    results = await asyncio.gather(*tasks)
    print(results, [t.done() for t in tasks])
    print(hash(fut) == hash(fut), bool(fut), id(fut) == id(fut))


asyncio.run(main())
