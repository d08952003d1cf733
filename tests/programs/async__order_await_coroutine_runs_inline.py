import asyncio
async def helper(tag):
    print("helper", tag, "runs immediately")
    return tag
async def other():
    print("other task runs")
async def main():
    asyncio.create_task(other())
    print("before direct await")
    r = await helper("a")
    print("after direct await", r)
    r = await helper("b")
    print("after second direct await", r)
    await asyncio.sleep(0)
    print("after sleep(0)")
asyncio.run(main())
