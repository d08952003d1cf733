for c in "hi":
    print(c)
for x in (1, 2):
    print(x)
for k in {"one": 1, "two": 2}:
    print(k)
for v in sorted({3, 1, 2}):
    print(v)
for i, (a, b) in enumerate(zip("ab", [1, 2]), start=1):
    print(i, a, b)
for r in reversed([1, 2, 3]):
    print(r, end=",")
print()
