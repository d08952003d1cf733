# Constant tuples and signed number literals inside functions: the same values every call,
# whatever sign, size or nesting, and operations on them as on any other value.


def constants():
    return (1, -2, (3.5, -0.0), "a", ~5, -(-7), +3, -9223372036854775808, None, ...)


def signs():
    return -1, ~-1, -(2**63), --9223372036854775808, -1.5e308 * 10, +-0.0, ~~3, -~0


def walk():
    total = 0
    seen = []
    for _ in range(3):
        for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            total += dx * 10 + dy
            seen.append((dx, dy))
    return total, seen[:4], len(seen)


def nested_in_lists():
    rows = [((1, 2), -3)] * 2
    rows[0] = rows[0] + ((-4,),)
    return rows


def errors():
    try:
        return -"a"
    except TypeError as e:
        print("TypeError:", e)
    try:
        return ~1.5
    except TypeError as e:
        print("TypeError:", e)
    try:
        return (1, 2)[5]
    except IndexError as e:
        print("IndexError:", e)


for _ in range(2):
    print(constants())
    print(signs())
print(walk())
print(nested_in_lists())
print(errors())
print(hash((1, -2)) == hash((1, -2)), (1, -2) == (1, -2), {(-1, 0): "left"}[(-1, 0)])
print(-0.0, (-0.0,), [-0.0], 0.0 == -0.0)
