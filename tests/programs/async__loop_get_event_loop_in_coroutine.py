import asyncio
async def main():
    a = asyncio.get_event_loop()
    b = asyncio.get_running_loop()
    print(a is b)
    t = asyncio.current_task()
    print(t.get_loop() is b)
asyncio.run(main())
