# `obj.attr op= value` in functions: plain attributes, then properties, __setattr__,
# __getattr__, class attributes and slots-like changes appearing on the same site.


class Box:
    def __init__(self):
        self.n = 0
        self.s = "a"
        self.items = []


def bump(obj, times):
    for _ in range(times):
        obj.n += 1
        obj.s += "b"
        obj.items += [obj.n]
    return obj.n, obj.s, obj.items[-3:]


b = Box()
print(bump(b, 5))
b.n = 2**62
print(bump(b, 3))


class Counted(Box):
    def __setattr__(self, name, value):
        print("set", name, type(value).__name__)
        object.__setattr__(self, name, value)


c = Counted()
print(bump(c, 1))


class Shared:
    n = 10
    s = "x"
    items = []


sh = Shared()
print(bump(sh, 2), Shared.n, sh.__dict__)


class Prop(Box):
    @property
    def n(self):
        return self.__dict__.get("_n", 100)

    @n.setter
    def n(self, v):
        print("setter", v)
        self.__dict__["_n"] = v


p = Prop()
print(bump(p, 2))


class Lazy:
    def __getattr__(self, name):
        return 0 if name == "n" else ("" if name == "s" else [])


print(bump(Lazy(), 2))


def fail(obj):
    try:
        obj.n += 1
    except AttributeError as e:
        print("AttributeError:", e)
    except TypeError as e:
        print("TypeError:", e)


fail(object())
o = Box()
o.n = "text"
fail(o)
del o.n
fail(o)
fresh = Box()
Box.n = property(lambda self: 5)
fail(fresh)
print(bump(b, 0))
