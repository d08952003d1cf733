# Attribute reads and writes and subscripts whose object is a local (used in place, not
# copied): properties, __getattr__, __setattr__, __getitem__ that run Python code, and the
# errors of unbound locals, in CPython's order.
class Box:
    def __init__(self, v):
        self.v = v
        self.log = []

    @property
    def double(self):
        self.log.append("double")
        return self.v * 2

    def __getattr__(self, name):
        return f"missing:{name}"

    def __getitem__(self, key):
        self.log.append(("item", key))
        if key == "boom":
            raise KeyError(key)
        return key * 2


class Guarded:
    def __setattr__(self, name, value):
        if name == "bad":
            raise AttributeError(f"no {name}")
        object.__setattr__(self, name, value * 10)


def reads(b, xs, i):
    out = [b.v, b.double, b.nothing, b[3], b["ab"], xs[i], xs[-1], xs[0]]
    b.v = 7
    out.append(b.double)
    g = Guarded()
    g.x = 4
    out.append(g.x)
    try:
        g.bad = 1
    except AttributeError as e:
        out.append(str(e))
    try:
        b["boom"]
    except KeyError as e:
        out.append(repr(e))
    try:
        xs[i + 10]
    except IndexError as e:
        out.append(str(e))
    out.append(b.log)
    return out


print(reads(Box(5), [10, 20, 30], 1))


def unbound_attr():
    if False:
        obj = None
    return obj.v


def unbound_set():
    if False:
        obj = None
    obj.v = undefined_name


def unbound_container():
    if False:
        xs = None
    return xs[undefined_name]


def unbound_key():
    xs = [1, 2]
    if False:
        k = 0
    return xs[k]


for f in (unbound_attr, unbound_set, unbound_container, unbound_key):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)


def reassigned(n):
    p = Box(n)
    total = 0
    for k in range(3):
        total += p.v + p[k]
        p = Box(p.v + 1)
    return total


print(reassigned(1))



def builtins_on_locals(items):
    out = []
    for x in items:
        out.append(len(x))
        out.append(x.copy())
    n = -5
    out.append(abs(n))
    out.append(f"{n}|{0}|{10**18}|{-2**63}|{True}|{n!r}|{n:>4}|{2**70}")
    return out


print(builtins_on_locals([[1, 2], {"a": 1}, {3}]))


def unbound_len():
    if False:
        xs = []
    return len(xs)


def unbound_method():
    if False:
        d = {}
    return d.items()


def wrong_kind(values):
    out = []
    for v in values:
        out.append(v.upper())
    return out


for f in (unbound_len, unbound_method, lambda: wrong_kind(["ab", "cd", 3])):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


def traced(d):
    return d["missing"]


traced({})
