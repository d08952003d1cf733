# In-place set operations (update, |=, &=, -=, ^= and the named methods) and dict |= / |
# compare colliding keys with a user __eq__ that reads the container being changed: no
# borrow of it may be held while __eq__ runs.
class K:
    def __init__(self, n, target):
        self.n, self.target = n, target

    def __hash__(self):
        return self.n

    def __eq__(self, other):
        print("eq sees", len(self.target))
        return True


s = set()
s.add(K(1, s))
s.update({K(1, s)})
print(len(s))
s |= {K(1, s)}
s ^= {K(1, s)}
print(len(s))
s.add(K(1, s))
s -= {K(1, s)}
s.add(K(1, s))
s &= {K(1, s)}
s.symmetric_difference_update({K(1, s)})
s.intersection_update({K(1, s)})
s.difference_update({K(1, s)})
print(len(s))
s.update([K(1, s), K(1, s)])
print(len(s))

d = {}
d[K(2, d)] = "first"
d |= {K(2, d): "second"}
print(len(d), list(d.values()))
e = {K(2, d): "third"}
print(len(d | e), list((d | e).values()), len(e | d))
