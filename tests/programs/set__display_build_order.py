# When set and dict displays and comprehensions hash their items: a display evaluates the
# items before a `*x` / `**x` (or its end) first, then hashes them; a comprehension hashes
# each item as it is made. Equal items decided by a user __eq__ are kept once.
class Loud:
    def __init__(self, n):
        print("make", n)
        self.n = n

    def __hash__(self):
        print("hash", self.n)
        return self.n % 2

    def __eq__(self, other):
        print("eq", self.n, other.n)
        return self.n == other.n

    def __repr__(self):
        return f"Loud({self.n})"


s = {Loud(1), Loud(2), *[Loud(3)], Loud(5)}
print(sorted(x.n for x in s))
d = {Loud(1): "a", Loud(2): "b", **{Loud(4): "c"}, Loud(6): "d"}
print(sorted((k.n, v) for k, v in d.items()))
c = {Loud(i) for i in range(3)}
print(sorted(x.n for x in c))
e = {Loud(i): Loud(i + 10) for i in range(2)}
print(len(e))
same = {Loud(7), Loud(7), Loud(9)}
print(len(same))
same_keys = {Loud(7): 1, Loud(7): 2}
print(list(same_keys.values()))
print({1, 2, 3, 1.0, True}, {"a": 1, "a": 2, 1: 3, 1.0: 4})
try:
    {1, [2], Loud(8)}
except TypeError as err:
    print("TypeError", err)
try:
    {**{1: 2}, **[3]}
except TypeError as err:
    print("TypeError", err)
