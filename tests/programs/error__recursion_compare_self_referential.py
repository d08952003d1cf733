# Comparing distinct self-referential containers recurses without end: RecursionError.
x = []
x.append(x)
y = []
y.append(y)
print(x == x, x is x)
for name, compare in [("==", lambda: x == y), ("!=", lambda: x != y), ("<", lambda: x < y),
                      ("in", lambda: x in [y])]:
    try:
        compare()
    except RecursionError as e:
        print(name, e)
d = {}
d["d"] = d
e = {}
e["d"] = e
print(repr(x), repr(d))
d == e
