# Mutating a set while iterating it: CPython raises "Set changed size during iteration".
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print("RuntimeError:", e)
s = {1, 2, 3}
try:
    for x in s:
        s.discard(x)
except RuntimeError as e:
    print("RuntimeError:", e)
s = {1, 2, 3}
try:
    print(sorted(x for x in s if not s.add(x * 100)))
except RuntimeError as e:
    print("RuntimeError gen:", e)
s = {1, 2}
it = iter(s)
next(it)
s.clear()
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError next:", e)
s = {1, 2}
for x in s:
    s.add(x)
print("same size ok:", sorted(s))


class Hook:
    def __init__(self, n, target):
        self.n, self.target = n, target

    def __hash__(self):
        return self.n

    def __eq__(self, other):
        self.target.add(99)
        return False


s = {1, 2}
try:
    for x in s:
        Hook(x, s) in s
except RuntimeError as e:
    print("RuntimeError eq:", e)
print(sorted(s))
