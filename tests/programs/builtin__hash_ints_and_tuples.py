# hash() of ints around the modulus 2**61 - 1 (where CPython's int hash wraps), -1 (which
# hashes as -2), and of tuples of them: the values CPython gives, and dict lookups by them.
M = 2**61 - 1
for v in [0, 1, -1, -2, M - 1, M, M + 1, -M, -M + 1, -M - 1, 2**62, -2**62, 2**63 - 1, -2**63, (1, -1), (M, -M), (True, False, 7), ((1, 2), 3), (1.5, 2)]:
    print(repr(v), hash(v))
d = {(1, 2): "a", (M, 5): "b"}
print(d[(1, 2)], d[(M, 5)], d.get((1, -1)), d.get((1.0, 2.0)))
