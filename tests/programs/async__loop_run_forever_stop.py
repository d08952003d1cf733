import asyncio
loop = asyncio.new_event_loop()
def tick(n):
    print("tick", n, "running:", loop.is_running())
    if n < 3:
        loop.call_soon(tick, n + 1)
    else:
        loop.stop()
        print("stop requested")
loop.call_soon(tick, 1)
loop.run_forever()
print("run_forever returned, running:", loop.is_running())
loop.call_later(0.01, loop.stop)
loop.call_soon(print, "second run")
loop.run_forever()
loop.close()
print("closed")
