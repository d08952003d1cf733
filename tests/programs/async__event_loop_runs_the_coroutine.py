# The tutorial's event-loop program (examples/event_loop.py), with a body that shows it ran:
# get_event_loop, run_until_complete of a coroutine, close in a finally.
import asyncio

async def async_task():
    print("async_task runs on", type(asyncio.get_running_loop()).__name__ != "")
    await asyncio.sleep(0.01)
    return "done"

loop = asyncio.get_event_loop()
try:
    result = loop.run_until_complete(async_task())
    print("run_until_complete returned", result)
finally:
    loop.close()
print("closed:", loop.is_closed())
try:
    loop.run_until_complete(async_task())
except RuntimeError as e:
    print("RuntimeError:", e)
