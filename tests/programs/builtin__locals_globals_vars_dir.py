# locals(), globals(), vars() and dir() without arguments read the calling frame: a
# function's locals (free variables too, comprehension variables not), a class body's
# namespace, the module's globals.
counter = 0


def outer(a, b=2):
    c = a + b
    squares = [n * n for n in range(3)]

    def inner():
        return c
    print(sorted(locals()))
    print(locals()["c"], vars()["a"], dir())
    return inner


def closure():
    x = 10

    def read():
        y = x + 1
        return sorted(locals().items())
    return read()


print(outer(1)())
print(closure())


class Config:
    debug = False
    level = 3
    print(sorted(k for k in locals() if not k.startswith("__")))
    print(sorted(k for k in vars() if not k.startswith("__")))


print(sorted(k for k in globals() if not k.startswith("__")))
print(sorted(n for n in dir() if not n.startswith("__")))
print(globals()["counter"], "outer" in globals(), "Config" in dir())
g = globals()
print(type(g).__name__, type(locals()).__name__)


def empty():
    return locals(), dir()


print(empty())
print([x for x in range(2)], "x" in dir())
