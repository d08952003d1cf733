# One attribute site (`o.x`, `o.x = v` inside a function) sees objects whose classes change
# between calls: a property, a __setattr__ or a class attribute added or removed later, a
# __dict__ replaced, attributes set in different orders, deleted, exceptions' attributes.


class P:
    def __init__(self, x):
        self.x = x


def read(o):
    return o.x


def write(o, v):
    o.x = v


a = P(1)
print(read(a), read(a))
write(a, 2)
print(read(a))

# A property added to the class afterwards takes over both sites.
P.x = property(lambda self: "prop", lambda self, v: print("setter", v))
print(read(a))
write(a, 3)
print(a.__dict__)
del P.x
print(read(a))
write(a, 4)
print(read(a), a.__dict__)

# A class attribute (not a descriptor): the instance's own still wins, as in CPython.
P.x = "class"
print(read(a), read(P(5)))
del a.x
print(read(a))
del P.x
try:
    read(a)
except AttributeError as e:
    print("AttributeError:", e)


# Attributes set in a different order on objects of one class.
class Q:
    pass


q1, q2 = Q(), Q()
q1.x, q1.y = 1, 2
q2.y, q2.x = 3, 4
for o in (q1, q2, q1, q2):
    print(read(o), end=" ")
print()
write(q2, 40)
print(q2.__dict__)

# `__dict__` asked for, then replaced.
d = q1.__dict__
print(read(q1))
d["x"] = 100
print(read(q1))
q1.__dict__ = {"x": "fresh"}
print(read(q1))
write(q1, "written")
print(q1.__dict__, d)


# `__setattr__` added to a class after a site wrote to its objects.
class R:
    pass


r = R()
write(r, 1)
write(r, 2)
R.__setattr__ = lambda self, k, v: print("setattr", k, v)
write(r, 3)
print(read(r))
del R.__setattr__
write(r, 5)
print(read(r))


# `__getattr__` answers only what the instance lacks.
class G:
    def __getattr__(self, name):
        return "missing " + name


g = G()
print(read(g))
write(g, 7)
print(read(g))
del g.x
print(read(g))


# Subclasses and their base through the same site.
class B:
    pass


class C(B):
    pass


objs = [B(), C(), B(), C()]
for i, o in enumerate(objs):
    write(o, i)
print([read(o) for o in objs])
B.x = property(lambda self: "B's property")
print([read(o) for o in objs])
del B.x

# Exceptions: their attributes through the same sites.
e = ValueError("bad")
write(e, "on an exception")
print(read(e), e.args)
write(e, 9)
print(read(e))
e.__traceback__ = None
print(e.__traceback__)

# A class made anew in a loop: equal shapes, different classes at one address maybe.
for i in range(3):
    class T:
        def __init__(self):
            self.x = i

    t = T()
    print(read(t), end=" ")
    if i == 1:
        T.x = property(lambda self: "late")
        print(read(t), end=" ")
print()

# Slots of objects errors.
try:
    write(object(), 1)
except AttributeError as err:
    print("AttributeError:", err)
try:
    read(1)
except AttributeError as err:
    print("AttributeError:", err)
