# Deleting keys oldest first leaves the rest in order and is linear: 200,000 deletions take
# well under a second (shifting every later entry down on each deletion took minutes).
d = {i: str(i) for i in range(200_000)}
for i in range(200_000 - 3):
    del d[i]
print(d, len(d))
d[5] = "back"
d[199_998] = "same place"
print(d, list(d), list(d.values())[-1])
print(d.popitem(), d)
e = {k: 1 for k in "abcdefgh"}
for k in "aceg":
    e.pop(k)
print(e, e == {"h": 1, "f": 1, "d": 1, "b": 1}, list(reversed(e)))
e["a"] = 2
print(e, next(iter(e)), e.setdefault("z", 9), e.setdefault("b", 7), e)
while e:
    print(e.popitem(), end=" ")
print(e)
f = dict.fromkeys(range(10))
for k in list(f)[::2]:
    del f[k]
f.update({0: "zero"})
print(f, f.copy(), dict(f), {**f, 1: "one"})
g = {1: "a", 2: "b"}
del g[1]
g[1.0] = "c"
g[True] = "d"
print(g)
