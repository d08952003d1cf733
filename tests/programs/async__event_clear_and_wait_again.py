import asyncio
async def main():
    ev = asyncio.Event()
    print(ev.is_set())
    ev.set()
    ev.set()
    print(ev.is_set())
    print("wait on set event:", await ev.wait())
    ev.clear()
    print(ev.is_set())
    try:
        await asyncio.wait_for(ev.wait(), timeout=0.02)
    except TimeoutError:
        print("wait on cleared event timed out")
    asyncio.get_running_loop().call_later(0.01, ev.set)
    print("woken:", await ev.wait())
asyncio.run(main())
