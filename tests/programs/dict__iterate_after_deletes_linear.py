# Iterating a big dict that holds deleted entries is linear: every key, value and item view
# walks it once, in insertion order (quadratic, this would not finish in the time limit).
d = {i: i * i for i in range(300_000)}
for i in range(0, 300_000, 1000):
    del d[i]
total = 0
for k in d:
    total += k
print(len(d), total)
print(sum(d.values()) % 1_000_007, sum(1 for _ in d.items()))
print(list(d)[:3], list(d)[-2:])
d[0] = "back"
print(list(d.items())[-1], next(iter(d)))
