# A coroutine never awaited, held by a module variable: reported once at exit, after the
# traceback, however many there are.
async def f():
    return 5


def g():
    return 1


c = f()
d = [f(), f()]
print(g())
raise KeyError("k")
