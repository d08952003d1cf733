# in / index / count / remove on lists read the list in place: identity first, user
# __eq__ called (and allowed to change the list), default-eq instances compared by identity.
class E:
    def __init__(self, v, victim=None): self.v = v; self.victim = victim
    def __eq__(self, o):
        if self.victim is not None and self.victim:
            self.victim.pop()
        return isinstance(o, E) and o.v == self.v
class P: pass
xs = [1, "a", P(), E(3), 2.0, E(3), None]
print(E(3) in xs, xs.index(E(3)), xs.count(E(3)), 2 in xs, 2.0 in xs, xs.count(2), "a" in xs, None in xs)
ys = [P(), P(), E(1), E(2), E(3)]
ys.append(E(9, ys))
print(E(9) in ys, len(ys))
zs = [E(1), E(2)]
zs.remove(E(2)); print(len(zs), zs[0].v)
try: zs.remove(E(5))
except ValueError as e: print(e)
p = P(); print(p in [P(), p], [P(), p, p].count(p), [P(), p].index(p))
try: [P()].index(p)
except ValueError as e: print("ValueError")
print([1,2,3,2].index(2, 2), [1,2,3,2].index(2, 0, 2))
try: [1,2,3,2].index(2, 2, 3)
except ValueError as e: print(e)
