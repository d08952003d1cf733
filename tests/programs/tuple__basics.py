t = (1, "two", 3.0)
print(t, len(t), t[1], t[-1], t[::-1])
print((), (1,), (1), tuple(), tuple([1, 2]))
single = 5,
print(single, type(single).__name__)
print(t.count(1), t.index("two"))
print((1, 2) + (3,), (0,) * 3)
print((1, 2) < (1, 3), (1, 2, 3) > (1, 2), (2,) > (1, 99))
a, b, c = t
print(a, b, c)
print(tuple(range(3)), tuple("ab"))
print(hash((1, 2)) == hash((1, 2)))
