# Mutating a dict while iterating it (the loop body, or a key's __hash__/__eq__ run by a
# lookup): CPython raises RuntimeError with the exact messages below, at every later step
# too; replacing a later key keeps the size and is seen live.
d = {1: 1, 2: 2}
try:
    for k in d:
        d[k + 10] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
d = {1: 1, 2: 2}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print("RuntimeError:", e)
d = {1: 1, 2: 2, 3: 3}
try:
    for k in d:
        if k == 1:
            d.pop(3)
            d[4] = 4
        print("saw", k)
except RuntimeError as e:
    print("RuntimeError keys:", e)
print(d)
d = {1: 1, 2: 2}
try:
    for k, v in d.items():
        d.pop(k)
except RuntimeError as e:
    print("RuntimeError items:", e)
d = {1: 1, 2: 2}
try:
    for v in d.values():
        d.clear()
except RuntimeError as e:
    print("RuntimeError values:", e)
d = {1: 1, 2: 2}
for k in d:
    d[k] = 5
print("overwrite ok:", d)
d = {1: 1, 2: 2}
try:
    print([d.setdefault(k + 5, 0) for k in d])
except RuntimeError as e:
    print("RuntimeError comp:", e)
d = {1: 1, 2: 2}
it = iter(d)
next(it)
d[3] = 3
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError next:", e)
try:
    next(it)
except StopIteration:
    print("then StopIteration")
except RuntimeError as e:
    print("RuntimeError again:", e)


class Hook:
    def __init__(self, n, target):
        self.n, self.target = n, target

    def __hash__(self):
        if self.target is not None:
            self.target["hook"] = 1
        return self.n

    def __eq__(self, other):
        return self is other


d = {1: 1, 2: 2}
try:
    for k in d:
        Hook(k, d) in d
except RuntimeError as e:
    print("RuntimeError hash:", e)
d = {1: 1, 2: 2}
try:
    print(list(d), sum(d), list(d.items()))
    for k in d:
        d.update({k: 9})
    print(d)
except RuntimeError as e:
    print("RuntimeError update:", e)
