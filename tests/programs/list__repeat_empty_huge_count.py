# Repeating an empty sequence makes nothing, however large the count: no time is spent.
print([] * 10**18, () * 2**62, repr("" * 10**18), 10**18 * [])
a = []
a *= 10**18
print(a)
b = []
c = b
b *= 2**62
print(b is c, b)
print([1, 2] * 3, (1,) * 2, "ab" * 2, [1] * 0, (1,) * -5, "x" * -1)
d = [0]
d *= 4
print(d)
for big in [10**30, -10**30]:
    for seq in [[], (), ""]:
        try:
            seq * big
        except OverflowError as e:
            print(type(seq).__name__, e)
