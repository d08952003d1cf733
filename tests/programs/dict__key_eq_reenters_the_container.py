# A key whose __eq__ reads, grows, clears or raises inside the dict or set being searched:
# lookups run __eq__ with no borrow held, in probe order, and its errors propagate.
class K:
    def __init__(self, v, target):
        self.v = v; self.target = target
    def __hash__(self):
        return 1
    def __eq__(self, other):
        print("eq", self.v, len(self.target), end="; ")
        return isinstance(other, K) and self.v == other.v
    def __repr__(self):
        return f"K({self.v})"

d = {}
a, b = K(1, d), K(2, d)
d[a] = "a"
d[b] = "b"
print(d[K(2, d)])
print(K(2, d) in d, d.get(K(1, d)), d.get(K(3, d), "missing"))
print(d.setdefault(K(3, d), "c"))
print(d.pop(K(1, d)))
del d[K(2, d)]
print(d)

class Clearer:
    def __init__(self, target): self.target = target
    def __hash__(self): return 7
    def __eq__(self, other):
        self.target.clear()
        return False
d2 = {}
d2[Clearer(d2)] = 1
d2[Clearer(d2)] = 2
print(len(d2))

class Raiser:
    def __hash__(self): return 3
    def __eq__(self, other): raise ValueError("no compare")
s = {Raiser()}
try:
    Raiser() in s
except ValueError as e:
    print("raised", e)
d3 = {Raiser(): 1}
try:
    d3[Raiser()]
except ValueError as e:
    print("raised", e)

s = set()
class Adder:
    def __init__(self, n): self.n = n
    def __hash__(self): return 5
    def __eq__(self, other):
        s.add(self.n + 100)
        print(sorted(x for x in s if isinstance(x, int)), end="; ")
        return False
s.add(Adder(1)); s.add(Adder(2)); s.discard(Adder(3))
print(len(s))

# update, comprehensions and displays go through the same lookup
d4 = {}
k1, k2 = K(1, d4), K(1, d4)
d4.update({k1: "first"})
d4.update([(k2, "second")])
print(d4)
print({K(i % 2, d4): i for i in range(3)})
print(len({K(5, d4), K(5, d4)}))
print(K(1, d4) in frozenset([K(1, d4)]))

# A stored int key equal (by a user __eq__) to an instance: the int has no identity of its
# own, and the search must not restart for ever looking for "that" 1.
class One:
    def __hash__(self):
        return 1
    def __eq__(self, other):
        side.clear()
        return True
side = [1]
print(One() in {1, 2}, {1: "int one"}[One()], One() in {(1,): 0})

# set.add takes a user __eq__'s yes as "already there" even when __eq__ removed that key
# (CPython's set_add_entry); `in` and discard search again and find nothing.
class Clears:
    def __hash__(self):
        return 1
    def __eq__(self, other):
        s.clear()
        return True
s = {1}
s.add(Clears())
print(len(s))
s = {1}
print(Clears() in s, len(s))
