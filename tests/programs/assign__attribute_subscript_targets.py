class Box:
    pass
b = Box()
b.x = 1
b.y = b.x + 1
print(b.x, b.y)
d = {}
d["k"] = [0, 0]
d["k"][1] = 5
print(d)
xs = [0, 0, 0]
i = 0
i, xs[i] = 2, 9
print(i, xs)
b.items = {}
b.items["a"], b.items["b"] = 1, 2
print(b.items)
xs[0], xs[1] = xs[1], xs[0]
print(xs)
m = [[0] * 2 for _ in range(2)]
m[0][1] = m[1][0] = 7
print(m)
