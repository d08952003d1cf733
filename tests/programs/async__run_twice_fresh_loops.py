import asyncio
loops = []
async def main(tag):
    loop = asyncio.get_running_loop()
    loops.append(loop)
    print(tag, loop.is_running(), loop.is_closed())
    return tag * 2
print(asyncio.run(main("a")))
print(asyncio.run(main("b")))
print(loops[0] is loops[1])
print(loops[0].is_closed(), loops[1].is_closed())
print(loops[0].is_running())
