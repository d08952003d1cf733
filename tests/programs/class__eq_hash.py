class Key:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, Key) and self.v == other.v
    def __hash__(self):
        return hash(self.v)
a, b, c = Key(1), Key(1), Key(2)
print(a == b, a != b, a == c, a is b, a == 1)
s = {a, b, c}
print(len(s))
d = {a: "one"}
print(d[b])
class NoHash:
    def __eq__(self, other):
        return True
try:
    {NoHash()}
except TypeError as e:
    print("TypeError:", e)
class Default:
    pass
x = Default()
print(x == x, x == Default(), len({x, x}))
