# sum/any/all/zip/enumerate/map/filter/join/sorted over a list mutated by the callback: CPython's
# list iterator reads the live list at each step.
xs = [1, 2, 3]


def grow(x):
    if len(xs) < 6:
        xs.append(x * 10)
    return x


print("map:", list(map(grow, xs)), xs)
xs = [1, 2, 3]
print("filter:", list(filter(grow, xs)), xs)
xs = [1, 2, 3, 4]


def shrink(x):
    if xs:
        xs.pop()
    return x


print("map shrink:", list(map(shrink, xs)), xs)
xs = [1, 2, 3]
print("sum gen:", sum(grow(x) for x in xs), xs)
xs = [1, 2, 3]
print("any:", any(grow(x) > 100 for x in xs), xs)
xs = [1, 2, 3]
print("all:", all(grow(x) < 100 for x in xs), xs)
xs = [1, 2, 3]
print("enumerate:", [(i, grow(x)) for i, x in enumerate(xs)], xs)
xs = [1, 2, 3]
ys = [4, 5, 6, 7]
print("zip:", [(a, grow(b)) for a, b in zip(ys, xs)], xs)
xs = [1, 2, 3, 4]
print("for shrink:", [shrink(x) for x in xs], xs)


class S:
    def __init__(self, target):
        self.target = target

    def __str__(self):
        self.target.clear()
        return "s"


parts = ["a", "b"]
parts.append(S(parts))
try:
    print("-".join(parts))
except TypeError as e:
    print("TypeError:", e)
parts = ["a", "b"]
print(",".join(str(x) for x in [S(parts), "x"]), parts)
xs = [3, 1, 2]
print("reversed:", [shrink(x) for x in reversed(xs)], xs)
xs = [1, 2, 3]
it = iter(xs)
next(it)
xs.clear()
print(list(it))
xs = [1, 2, 3]
print(max(xs, key=shrink), min([5, 4], key=lambda x: x), xs)


class Len:
    def __init__(self, target):
        self.target = target

    def __len__(self):
        self.target.append(1)
        return 2


box = []
box.append(Len(box))
print(len(box[0]), len(box), bool(box[0]), len(box))

