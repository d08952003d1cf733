# Generator expressions with several clauses, conditions, unpacking targets, walrus and
# closures over their variables; the errors each part raises, and where they point.
pairs = [(1, 2), (3, 4), (5, 6)]
print(list(a * b for a, b in pairs if a > 1))
print(list((x, y) for x in range(3) for y in range(x) if (x + y) % 2))
print(list(y for x in [[1, 2], [], [3]] for y in x))
fs = list((lambda: v) for v in range(3))
print([f() for f in fs])
print(list(g for v in range(4) if (g := v * v) > 2), g)


def gen_in_function(xs, k):
    return list(x + k for x in xs if x != k)


print(gen_in_function([1, 2, 3], 2))


class Table:
    rows = [1, 2, 3]
    total = sum(r for r in rows)


print(Table.total)

for bad in (
    lambda: list(a for a, b in [(1, 2), (3,)]),
    lambda: list(x for x in [1, "a"] if x > 0),
    lambda: list(y for x in [1, 2] for y in x),
    lambda: list(y for x in [[1], None] for y in x),
    lambda: next(q for q in []),
):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)

g = (x for x in range(3))
print(next(g), list(g), list(g))


def outer():
    it = (1 // (n - 2) for n in range(5) if n > 0)
    return [v for v in it]


outer()
