# Reading a property at one place many times (the place remembers the getter) gives what
# the rules give every time: the property wins over an instance attribute of the same
# name, a class changed later is seen, and a getter's AttributeError goes to __getattr__.
class P:
    def __init__(self, x):
        self.x = x

    @property
    def double(self):
        return self.x * 2


class G(P):
    @property
    def double(self):
        if self.x < 0:
            raise AttributeError("negative")
        return self.x * 2

    def __getattr__(self, name):
        return f"fallback for {name}"


class Q:
    @property
    def broken(self):
        return self.missing


def read(objs):
    return [o.double for o in objs]


ps = [P(i) for i in range(4)]
print(read(ps))
ps[1].__dict__["double"] = "instance"
print(read(ps), ps[1].__dict__)
P.double = property(lambda self: -self.x)
print(read(ps))
del P.double
print(read(ps[1:2]))
try:
    read(ps)
except AttributeError as e:
    print("AttributeError:", e)
gs = [G(2), G(-1), G(3)]
print(read(gs), read(gs))
q = Q()
for _ in range(3):
    try:
        q.broken
    except AttributeError as e:
        print("AttributeError:", e, e.name)
