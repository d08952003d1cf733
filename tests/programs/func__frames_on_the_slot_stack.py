# Sync calls' frames: arguments evaluated into the callee's slots, errors while they are
# evaluated, deep recursion (frames with many locals, past the slot stack's room), locals
# an error keeps, methods and constructors called plainly, and a class changed while its
# arguments are evaluated.
import sys


def add(a, b):
    c = a + b
    return c


def boom(x):
    raise ValueError(f"boom {x}")


# An error in the second argument: the first was already evaluated, and a call made
# while evaluating it has returned.
try:
    add(add(1, 2), boom(3))
except ValueError as e:
    print("caught", e)

# Nested calls in every argument, and the results still right afterwards.
print(add(add(1, add(2, 3)), add(add(4, 5), 6)))


def many(a, b, c, d, e):
    w = x = y = z = a
    return a + b + c + d + e + w + x + y + z


def deep(n, acc):
    if n == 0:
        return acc
    return deep(n - 1, acc + many(n, 1, 2, 3, 4))


sys.setrecursionlimit(19900)
print(deep(19000, 0))


def depth(n):
    p = q = r = s = t = u = v = n
    if n == 0:
        return 0
    return 1 + depth(n - 1) + p - q + r - s + t - u + v - n


print(depth(19000))


# A local kept alive by the traceback of an error that left its frame.
class Tracked:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Tracked({self.name})"


def fails(x):
    local = Tracked("in fails")
    raise KeyError(x)


def outer():
    try:
        fails(add(1, 1))
    except KeyError as e:
        return e


err = outer()
print("error", repr(err))


# Methods and constructors with their arguments in the callee's slots.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


p = Point(1, 2)
print(p.moved(add(1, 2), Point(5, 6).x).moved(0, 1))
try:
    p.moved(1, boom("in a method's argument"))
except ValueError as e:
    print("caught", e)
try:
    Point(1, boom("in a constructor's argument"))
except ValueError as e:
    print("caught", e)


# The class's __init__ replaced while the constructor's arguments are evaluated.
class Shape:
    def __init__(self, a):
        self.a = a


def swap_init(v):
    def init(self, a, b=10, c=20):
        self.a = (a, b, c)

    Shape.__init__ = init
    return v


print(Shape(swap_init(1)).a)
print(Shape(2).a)


# Recursion past the limit inside arguments: the error, then calls work again.
def down(n):
    return down(add(n, 1))


sys.setrecursionlimit(200)
try:
    down(0)
except RecursionError as e:
    print("RecursionError", e)
print(add(40, 2))
print(Point(3, 4).moved(1, 1))


# Last: an uncaught error from a frame whose arguments were being evaluated.
def last(a, b):
    return a / b


print(add(1, last(1, add(0, 0))))
