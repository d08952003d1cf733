import asyncio
async def job():
    print("job body")
    await asyncio.sleep(0)
    print("job returns")
    return 5
def make_cb(label):
    def cb(task):
        print("callback", label, task.result())
    return cb
async def main():
    t = asyncio.create_task(job())
    for label in "abc":
        t.add_done_callback(make_cb(label))
    r = await t
    print("main resumed with", r)
    await asyncio.sleep(0)
    print("main after one more yield")
asyncio.run(main())
