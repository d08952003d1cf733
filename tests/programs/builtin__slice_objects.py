s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), repr(slice(1, 2)))
for sl in [slice(None), slice(2, None), slice(None, -3), slice(-100, 100), slice(None, None, -1), slice(8, 2, -2), slice(-1, -20, -3)]:
    print(sl, [sl.indices(n) for n in (0, 3, 10)])
class A:
    def __getitem__(self, i):
        return i
print(A()[1:2], A()[::2], A()[1:2, 3], A()[...], A()[:])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2) != (1, 2), [1, 2, 3][slice(1, None)])
for bad in [lambda: slice(1, 2).indices(-1), lambda: slice(0, 1, 0).indices(3), lambda: slice('a').indices(3), lambda: slice(1).indices('x'), lambda: hash(slice(1))]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
