s = {3, 1, 2, 3, 1}
print(len(s), sorted(s), 2 in s, 5 not in s)
s.add(4); s.add(1); print(sorted(s))
s.discard(10); s.discard(4); print(sorted(s))
s.remove(3); print(sorted(s))
try:
    s.remove(99)
except KeyError as e:
    print("KeyError", e)
print(set(), {1}, set([2, 2]), set("aab") == {"a", "b"})
print(sorted({x % 3 for x in range(10)}))
e = set()
e.update([1, 2], (3,)); print(sorted(e))
print(e.pop() in {1, 2, 3}, len(e))
print({5}, {"only"}, {(1, 2)})
