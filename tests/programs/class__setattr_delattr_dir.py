# __setattr__, __delattr__ and __dir__ honoured; object's generic versions callable.
class T:
    def __setattr__(self, name, value):
        print("set", name, value)
        super().__setattr__(name, value)

    def __delattr__(self, name):
        print("del", name)
        object.__delattr__(self, name)


t = T()
t.a = 1
print(t.a)
del t.a
print(hasattr(t, "a"))
setattr(t, "b", 2)
delattr(t, "b")
try:
    del t.missing
except AttributeError as e:
    print("AttributeError", e)


class Frozen:
    def __init__(self, x):
        object.__setattr__(self, "x", x)

    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name!r}: Frozen is immutable")

    def __delattr__(self, name):
        raise AttributeError(f"cannot delete {name!r}: Frozen is immutable")


f = Frozen(3)
print(f.x)
for action in [lambda: setattr(f, "x", 4), lambda: delattr(f, "x")]:
    try:
        action()
    except AttributeError as e:
        print("AttributeError", e)
print(f.x, object.__getattribute__(f, "x"))


class Dyn:
    def __dir__(self):
        return ["b", "a", "c"]


print(dir(Dyn()))


class Plain:
    def __init__(self):
        self.zeta = 1


names = dir(Plain())
print("zeta" in names, "__init__" in names, "__setattr__" in names, names == sorted(names))
try:
    object.__setattr__(t, 1, 2)
except TypeError as e:
    print("TypeError", e)


class Logged:
    def __init__(self):
        self.log = []

    def __setattr__(self, name, value):
        if name != "log":
            self.log.append(name)
        super().__setattr__(name, value)


lg = Logged()
lg.p = 1
lg.q = 2
print(lg.log, lg.p, lg.q)
