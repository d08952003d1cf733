import asyncio
async def check(n):
    await asyncio.sleep(0)
    return n > 2
async def remaining(state):
    await asyncio.sleep(0)
    return state["left"]
async def main():
    for n in range(5):
        if await check(n):
            print(n, "big")
        elif n == 0:
            print(n, "zero")
        else:
            print(n, "small")
    state = {"left": 3}
    while await remaining(state):
        print("left", state["left"])
        state["left"] -= 1
    print("loop over")
asyncio.run(main())
