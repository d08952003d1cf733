# closures: comprehensions, lambdas, closures, key functions, map/filter.
def make_adder(k):
    def add(x):
        return x + k
    return add


def counter():
    n = 0

    def bump(by=1):
        nonlocal n
        n += by
        return n
    return bump


def main(n):
    adders = [make_adder(k) for k in range(10)]
    total = 0
    for i in range(n):
        total += adders[i % 10](i)
    squares = [x * x for x in range(n) if x % 3]
    evens = {x: x // 2 for x in range(0, n, 2)}
    pairs = sorted(((x % 97, -x) for x in range(n // 4)), key=lambda t: (t[0], t[1]))
    mapped = list(map(lambda x: x * 3 + 1, filter(lambda x: x & 1, range(n))))
    bump = counter()
    for i in range(n // 2):
        bump(i & 3)
    nested = sum(sum(y for y in range(x % 10)) for x in range(n // 10))
    return total, len(squares), sum(squares) % 1000003, len(evens), pairs[0], pairs[-1], sum(mapped) % 1000003, bump(0), nested


r = main(400000)
print("closures", *r)
