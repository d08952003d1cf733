# The name a property's "no setter" / "no deleter" errors use: the one __set_name__ gave
# it when a class was made with it, kept by its getter/setter/deleter copies; none for a
# property added to a class later.


class A:
    @property
    def x(self):
        return 1

    y = property(lambda self: 2)


class B:
    pass


B.z = A.__dict__["x"]
B.w = property(lambda self: 3)
B.v = A.__dict__["x"].getter(lambda self: 5)


class D:
    renamed = A.__dict__["y"]


def try_both(obj, name):
    try:
        setattr(obj, name, 1)
    except AttributeError as e:
        print(e)
    try:
        delattr(obj, name)
    except AttributeError as e:
        print(e)


for obj, name in [(A(), "x"), (A(), "y"), (B(), "z"), (B(), "w"), (B(), "v"), (D(), "renamed")]:
    try_both(obj, name)
print(B().v, D().renamed)


class C:
    p = property(lambda self: 1)
    q = p.getter(lambda self: 2)


for name in "pq":
    try_both(C(), name)
