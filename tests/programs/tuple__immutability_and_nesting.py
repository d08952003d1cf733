t = (1, [2, 3])
try:
    t[0] = 9
except TypeError as e:
    print("TypeError:", e)
t[1].append(4)
print(t)
try:
    t += ([5],)
    print(t)
except TypeError as e:
    print("unexpected", e)
try:
    hash(t)
except TypeError as e:
    print("TypeError:", e)
d = {(1, 2): "pair"}
print(d[(1, 2)], d[1, 2])
