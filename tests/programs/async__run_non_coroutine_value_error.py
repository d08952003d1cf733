import asyncio
def plain():
    return 5
for arg in [5, None, "main"]:
    try:
        asyncio.run(arg)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    asyncio.run(plain)
except ValueError as e:
    print("function:", str(e).startswith("a coroutine was expected, got <function plain"))
print("still fine:", asyncio.run(asyncio.sleep(0, result="ok")))
