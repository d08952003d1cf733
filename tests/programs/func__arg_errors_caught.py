def one(x):
    return x
def two(a, b=1):
    return a
tests = [
    lambda: one(),
    lambda: one(1, 2),
    lambda: two(),
    lambda: two(1, 2, 3),
    lambda: one(y=1),
    lambda: one(1, x=2),
    lambda: two(b=2),
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(e)
