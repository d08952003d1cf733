print({3, 1, 2})
print({5, 4, 3, 2, 1, 0})
print({-1, 1})
print(set([10, 1, 5]))
print(frozenset({2, 1}))
s = {1, 2, 3}
s.discard(2)
s.add(8)
print(s)
