import asyncio
async def child(name):
    print("child", name)
async def parent(name):
    print("parent", name, "starts")
    t = asyncio.create_task(child(name + ".1"))
    await asyncio.sleep(0)
    print("parent", name, "resumes")
    await t
async def main():
    await asyncio.gather(parent("p"), parent("q"))
asyncio.run(main())
