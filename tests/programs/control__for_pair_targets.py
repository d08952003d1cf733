# A `for` target of two parts takes the pairs of d.items() and enumerate() as two values:
# each kind of target, errors raised while stepping and while storing, break/else/return,
# and the iterator seen from Python while the loop runs.
d = {1: "a", 2: "b", 3: "c"}
for k, v in d.items():
    print(k, v)
else:
    print("else after items")

for [k, v] in d.items():
    if k == 2:
        break
else:
    print("not printed")
print("broke at", k, v)

for i, x in enumerate("abc", 5):
    print(i, x)

for i, x in enumerate(["x", "y"], 2**63 - 1):
    print(i, x, type(i).__name__)

for i, x in enumerate([], 7):
    print("never")
else:
    print("empty enumerate, else runs")


class Box:
    pass


b = Box()
store = {}
for b.key, store["v"] in d.items():
    pass
print(b.key, store)

for (x, y), v in {(1, 2): "p", (3, 4): "q"}.items():
    print(x, y, v)

for a, (p, q) in enumerate([(1, 2), (3, 4)]):
    print(a, p, q)

try:
    for k, v in d.items():
        d[k + 10] = v
except RuntimeError as e:
    print("RuntimeError:", e)

d = {1: "a", 2: "b"}
try:
    for k, v in d.items():
        del d[k]
        d[k + 100] = v
except RuntimeError as e:
    print("RuntimeError:", e)

try:
    for (p, q), v in {1: "a"}.items():
        pass
except TypeError as e:
    print("TypeError:", e)

try:
    for i, (p, q) in enumerate(["abc"]):
        pass
except ValueError as e:
    print("ValueError:", e)


def first_pair(mapping):
    for k, v in mapping.items():
        return k, v
    return None


print(first_pair({"only": 1}), first_pair({}))


class Failing:
    """An iterator whose second step raises."""

    def __init__(self):
        self.steps = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.steps += 1
        if self.steps > 1:
            raise ValueError("stepping failed")
        return "ok"


try:
    for i, x in enumerate(Failing()):
        print("got", i, x)
except ValueError as e:
    print("ValueError:", e)

it = iter({5: 6, 7: 8}.items())
for k, v in it:
    print(k, v, list(it))

e = enumerate("pq")
for i, x in e:
    print(i, x, next(e, "done"))

for k, k in {1: 2}.items():
    print("same name gets the second:", k)


def in_function():
    total = 0
    for index, word in enumerate("one two three".split()):
        total += index * len(word)
    for key, value in {"a": 1, "b": 2}.items():
        total += value
    return total


print(in_function())
