xs = [1, 2, 3, 4, 5, 6]
for x in xs[:]:
    if x % 2 == 0:
        xs.remove(x)
print(xs)
out = []
for i, v in enumerate(["a", "b", "c"]):
    out.append(f"{i}:{v}")
print(out)
ys = [0]
for v in ys:
    if v < 3:
        ys.append(v + 1)
print(ys)
