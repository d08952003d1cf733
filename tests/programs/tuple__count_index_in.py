t = (3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5)
print(t.count(5), t.count(7), t.index(1), t.index(5, 5))
print(5 in t, 7 not in t, len(t), sum(t), max(t), min(t))
print(t[2:8:2], t[::-4], t[-2:])
try:
    t.index(42)
except ValueError as e:
    print("ValueError:", e)
a, *b = t
print(a, type(b).__name__, len(b))
