sq = lambda x: x * x
add = lambda a, b=10: a + b
print(sq(7), add(1), add(1, 2))
print((lambda: 42)())
print(sorted([3, -1, 2], key=lambda v: -v))
fs = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in fs])
print((lambda *a, **k: (a, k))(1, 2, z=3))
print(type(sq).__name__, sq.__name__)
