xs = [0.1, 1e20, -0.0, float("nan"), float("inf"), 2.50, 1e-7, 3.0]
print(xs)
print(tuple(xs[:3]), {"k": 0.5}, {1.5})
print(str(xs[0]), repr(xs[1]), f"{xs[2]}", f"{xs[6]!r}")
print([round(x, 2) for x in [1.005, 2.675, 0.125, 0.375]])
print([1 / n for n in range(1, 8)])
