# An error inside a generator expression, raised while a consumer steps through it.
def f(x):
    return 1 / x


def total(xs):
    return sum(f(x) for x in xs)


print(total([1, 2]))
print(total([1, 0]))
