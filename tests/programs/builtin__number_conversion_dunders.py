# int()/float()/'%d'/'%f'/math.* and indexing through __int__, __float__, __index__, with
# CPython's checks of what they return; __hash__ results and __hash__ = None.
import math


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


class BadInt:
    def __int__(self):
        return "x"


class BadFloat:
    def __float__(self):
        return "y"


class Idx:
    def __index__(self):
        return 7


class Both:
    def __int__(self):
        return 3

    def __float__(self):
        return 2.5


class BadIndex:
    def __index__(self):
        return 2.0


class FloatGivesInt:
    def __float__(self):
        return 1


show(lambda: int(BadInt()))
show(lambda: float(BadFloat()))
show(lambda: int(Idx()))
show(lambda: float(Idx()))
show(lambda: int(Both()))
show(lambda: float(Both()))
show(lambda: int(BadIndex()))
show(lambda: float(FloatGivesInt()))
show(lambda: "%d" % Both())
show(lambda: "%d" % Idx())
show(lambda: "%x|%o|%X" % (Idx(), Idx(), Idx()))
show(lambda: "%x" % Both())
show(lambda: "%f" % Both())
show(lambda: "%.2f %e" % (Idx(), Both()))
show(lambda: "%d" % BadInt())
show(lambda: "%f" % BadFloat())
show(lambda: math.sqrt(Both()))
show(lambda: math.floor(Both()))
show(lambda: math.ceil(Both()))
show(lambda: math.sqrt(Idx()))
show(lambda: math.sin(BadFloat()))
show(lambda: math.trunc(Both()))


class Rounded:
    def __floor__(self):
        return "floor!"

    def __ceil__(self):
        return "ceil!"

    def __trunc__(self):
        return "trunc!"


show(lambda: (math.floor(Rounded()), math.ceil(Rounded()), math.trunc(Rounded())))
show(lambda: [10, 20, 30, 40, 50, 60, 70, 80][Idx()])
show(lambda: "abcdefghij"[Idx()])
show(lambda: (1, 2)[Idx()])
show(lambda: range(Idx()))
show(lambda: range(10)[Idx()])
show(lambda: list(range(0, 20, Idx())))
show(lambda: "ab" * Idx())
items = list(range(10))
items[Idx()] = "seven"
del items[Idx()]
print(items)
show(lambda: [1][BadIndex()])


class HashTrue:
    def __hash__(self):
        return True


class HashStr:
    def __hash__(self):
        return "no"


class NoHash:
    __hash__ = None


class EqOnly:
    def __eq__(self, other):
        return True


show(lambda: hash(HashTrue()))
show(lambda: hash(HashStr()))
show(lambda: hash(NoHash()))
show(lambda: {NoHash()})
show(lambda: {EqOnly(): 1})
show(lambda: len({HashTrue(), HashTrue()}))
