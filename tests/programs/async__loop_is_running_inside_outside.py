import asyncio
async def main():
    loop = asyncio.get_running_loop()
    print("inside:", loop.is_running(), loop.is_closed())
    return loop
loop = asyncio.run(main())
print("outside:", loop.is_running(), loop.is_closed())
loop2 = asyncio.new_event_loop()
def check():
    print("in callback:", loop2.is_running())
    loop2.stop()
loop2.call_soon(check)
loop2.run_forever()
print("after:", loop2.is_running())
loop2.close()
