# Driving coroutines by hand with send(None), as the generator protocol does.
async def leaf(n):
    print("leaf", n)
    return n * 10

async def tree(n):
    total = 0
    for i in range(n):
        total += await leaf(i)
    return total

coro = tree(3)
try:
    coro.send(None)
except StopIteration as e:
    print("returned", e.value, e.args)

async def nothing():
    print("nothing runs")

c = nothing()
try:
    c.send(None)
except StopIteration as e:
    print("StopIteration", e.value, e.args)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError", e)

c = nothing()
try:
    c.send(1)
except TypeError as e:
    print("TypeError", e)
c.close()

async def fails():
    await leaf(1)
    raise ValueError("inside")

try:
    fails().send(None)
except ValueError as e:
    print("ValueError", e)

class Ctx:
    async def __aenter__(self):
        print("enter")
        return self
    async def __aexit__(self, *exc):
        print("exit", exc[0])

async def uses_ctx():
    async with Ctx():
        return "from with"

try:
    uses_ctx().send(None)
except StopIteration as e:
    print(e.value)
