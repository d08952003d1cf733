# Property deleters: @x.deleter, property(fget, fset, fdel, doc), missing parts.
class P:
    def __init__(self):
        self._x = 0

    def getx(self):
        return self._x

    def setx(self, v):
        self._x = v

    def delx(self):
        print("deleting")
        del self._x

    x = property(getx, setx, delx, "the x")


p = P()
p.x = 5
print(p.x)
del p.x
print(hasattr(p, "_x"))
print(P.x.__doc__, P.x.fget is P.getx, P.x.fdel is P.delx)


class Q:
    @property
    def y(self):
        "y's doc"
        return 1

    @y.deleter
    def y(self):
        print("del y")


del Q().y
print(Q.y.__doc__)
try:
    Q().y = 3
except AttributeError as e:
    print("AttributeError", e)


class R:
    z = property()
    ro = property(lambda self: "read only")


for action in ["get", "del", "set"]:
    try:
        if action == "get":
            R().z
        elif action == "del":
            del R().z
        else:
            R().ro = 1
    except AttributeError as e:
        print("AttributeError", e)
try:
    del R().ro
except AttributeError as e:
    print("AttributeError", e)


class S:
    def __init__(self):
        self.__dict__["v"] = "dict"

    @property
    def v(self):
        return "property"


# A property is a data descriptor: it wins over the instance's own attribute.
print(S().v)


class T:
    @property
    def p(self):
        raise AttributeError("inner")

    def __getattr__(self, name):
        return "fallback " + name


print(T().p, T().zz)
