# zip(strict=True) checks the iterables end together; iter(function, sentinel) calls until
# the sentinel comes back.


def attempt(make):
    try:
        print(list(make()))
    except ValueError as e:
        print(type(e).__name__, e)


attempt(lambda: zip([1, 2], "ab", strict=True))
attempt(lambda: zip([1], [1, 2], strict=True))
attempt(lambda: zip([1, 2], [1], strict=True))
attempt(lambda: zip([1, 2], [1], [1, 2], strict=True))
attempt(lambda: zip([1], [1, 2], [1, 2], strict=True))
attempt(lambda: zip([1, 2], [1, 2], [1], strict=True))
attempt(lambda: zip(strict=True))
attempt(lambda: zip([1, 2], [1], strict=False))
attempt(lambda: zip([1, 2], [1], strict=0))

# The pairs made before the mismatch are kept.
z = zip(range(3), range(2), strict=True)
print(next(z), next(z))
try:
    next(z)
except ValueError as e:
    print(e)

counter = iter([1, 2, 3, 0, 4, 5])
it = iter(lambda: next(counter), 0)
print(type(it).__name__, list(it), list(it))
print(list(iter(lambda: next(counter), 9)))
try:
    iter(5, 0)
except TypeError as e:
    print(e)

total = []
for x in iter(lambda: len(total), 3):
    total.append(x)
print(total)
print(list(enumerate("ab", start=5)), list(enumerate(iterable="xy")))
print(sorted([3, 1, 2], reverse=True), sorted("bca", key=None))
print(sum(range(4), start=10), pow(2, 10, None), pow(base=3, exp=2, mod=5))
print(round(number=2.675, ndigits=2), int("ff", base=16), str(object=12))
print("a,b,c".split(sep=",", maxsplit=1), "a,b,c".rsplit(",", maxsplit=1))
print("x\ny\n".splitlines(keepends=True), "x\ny".splitlines(True))
