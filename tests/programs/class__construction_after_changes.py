# Calling a class after its __init__ or __new__ changed: every call sees the class as it is
# now, through subclasses too.


class Point:
    def __init__(self, x, y=0):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class Point3(Point):
    pass


def make(cls, *args, **kwargs):
    try:
        return cls(*args, **kwargs)
    except TypeError as e:
        return f"TypeError: {e}"


for round in range(2):
    print(make(Point, 1), make(Point, 1, y=2), make(Point3, 3, 4), make(Point))


def init_twice(self, x, y=0):
    self.x = x * 2
    self.y = y * 2


Point.__init__ = init_twice
print(make(Point, 1, 2), make(Point3, 1, 2))


def new_counted(cls, *args, **kwargs):
    print("new", cls.__name__, args, kwargs)
    return object.__new__(cls)


class Counted(Point):
    pass


print(make(Counted, 5))
Counted.__new__ = staticmethod(new_counted)
print(make(Counted, 5), make(Counted, 6, y=7))


class Other:
    def __init__(self, v):
        print("Other init", v)


def new_other(cls, *args):
    return "not an Other"


print(type(make(Other, 1)).__name__)
Other.__new__ = new_other
print(make(Other, 2))

Point3.__init__ = lambda self, *a: None
print(make(Point3, 1, 2, 3).__dict__)
Point3.__init__ = lambda self: 42
print(make(Point3))
del Point3.__init__
print(make(Point3, 1))
del Point.__init__
print(make(Point, 1), make(Point, x=1), make(Point).__dict__, make(Point3).__dict__)


class Slow:
    def __init__(self, n):
        self.n = n


total = 0
for i in range(1000):
    total += Slow(i).n
    if i == 500:
        Slow.__init__ = lambda self, n: setattr(self, "n", -n)
print(total)


class Counter:
    made = 0

    def __init__(self):
        type(self).made += 1


class Sub(Counter):
    def __init__(self, extra):
        super().__init__()
        self.extra = extra


objs = [Counter() for _ in range(3)] + [Sub(i) for i in range(2)]
print(Counter.made, Sub.made, [getattr(o, "extra", None) for o in objs])
