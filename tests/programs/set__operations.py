a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(sorted(a.union(b)), sorted(a.intersection(b)), sorted(a.difference(b)), sorted(a.symmetric_difference(b)))
print(a.issubset(a | b), b.issuperset({5}), a.isdisjoint({9}), {1, 2} <= a, {1, 2} < {1, 2})
c = a.copy(); c -= b; print(sorted(c))
c ^= {9}; print(sorted(c))
print(a == {4, 3, 2, 1}, a != b)
