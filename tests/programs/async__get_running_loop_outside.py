import asyncio
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
async def main():
    return asyncio.get_running_loop()
loop = asyncio.run(main())
print(type(loop).__name__.endswith("EventLoop"))
print(loop.is_closed())
try:
    asyncio.all_tasks()
except RuntimeError as e:
    print("all_tasks:", e)
