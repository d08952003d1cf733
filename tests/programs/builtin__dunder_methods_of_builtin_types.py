print((1).__add__(2), (1).__add__(1.5), (1.5).__add__(1), (1).__radd__(2), (7).__rsub__(10), (2).__pow__(10), (5).__truediv__(2), (-3).__neg__(), (3).__invert__(), True.__add__(True))
print((1).__eq__(1), (1).__eq__(1.0), (1.0).__eq__(1), (1).__lt__(2), (1).__lt__('a'), "a".__lt__("b"), "a".__eq__(1), [1].__eq__([1]), {1}.__le__({1, 2}))
print("ab".__add__("c"), "ab".__mul__(2), "ab".__rmul__(3), "ab".__len__(), "ab".__contains__("a"), "abc".__getitem__(1), "%d!".__mod__(5), "x".__hash__() == hash("x"))
l = [1, 2]
l.__setitem__(0, 9); l.__delitem__(1); print(l, l.__len__(), l.__contains__(9), l.__getitem__(0), l.__add__([3]), l.__iadd__([4]), l, l.__imul__(2), l)
print(list(l.__iter__()), list(l.__reversed__()), [1, 2].__lt__([1, 3]))
d = {'a': 1}
d.__setitem__('b', 2); print(d, d.__getitem__('a'), d.__contains__('b'), d.__len__(), d.__or__({'c': 3}), d.__or__(1), list(d.__iter__()))
d.__delitem__('a'); print(d)
s = {1, 2}
print(s.__contains__(1), s.__len__(), s.__or__({3}), s.__and__({2}), s.__sub__({1}), s.__xor__({1, 5}), s.__or__([1]), frozenset({1}).__hash__() == hash(frozenset({1})))
it = iter([1, 2, 3])
print(it.__next__(), next(it), it.__iter__() is it, iter(range(3)).__next__())
print((5).__bool__(), (0.0).__bool__(), (3.7).__int__(), (3).__float__(), (3).__index__(), True.__index__(), (2.5).__format__('.3f'), (42).__format__('>5'), abs(-2), (-2).__abs__(), (5).__hash__())
print(range(5).__len__(), range(5).__contains__(3), range(5).__getitem__(-1), list(range(3).__reversed__()))
print(int.__add__(1, 2), list.__len__([1, 2]), str.__len__("abc"), dict.__getitem__({'k': 'v'}, 'k'), float.__mul__(2.0, 3))
for bad in [lambda: [1].__add__(1), lambda: "a".__add__(1), lambda: l.__getitem__(99), lambda: d.__getitem__('zz'), lambda: it.__next__(), lambda: (1).__add__(), lambda: "a".__mul__("b")]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
class N(int if False else object):
    def __init__(self, v): self.v = v
    def __add__(self, o): return self.v + o
    def __radd__(self, o): return o + self.v
print(N(2) + 3, 3 + N(2), sum([N(1), N(2)]))
