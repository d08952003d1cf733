a, b = 1, 2
print(a, b)
(c, d) = [3, 4]
[e, f] = "ef"
print(c, d, e, f)
g, (h, i) = 5, (6, 7)
print(g, h, i)
((j, k), l), m = ((1, 2), 3), 4
print(j, k, l, m)
for (x, y), z in [((1, 2), 3), ((4, 5), 6)]:
    print(x, y, z)
n, o = {"n": 1, "o": 2}
print(n, o)
p, q, r = range(3)
print(p, q, r)
