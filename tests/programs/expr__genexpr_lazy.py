# Generator expressions run lazily, one item per next(), as CPython's <genexpr> code:
# short-circuiting consumers stop early, walrus targets and later rebindings are shared
# with the enclosing scope, a finished or failed generator stays finished.
def check(x):
    print("check", x)
    return x > 2
print(any(check(x) for x in range(10)))
xs = [1, 2, 0, 4]
print(next(10 / x for x in xs if x > 1))
def make(n):
    return (i * n for i in range(3))
g = make(5)
print(type(g).__name__, list(g), list(g))
if any((w := x) > 2 for x in [1, 5, 7]):
    print("witness", w)
def f():
    if any((y := x) % 2 == 0 for x in [3, 5, 6, 9]):
        return y
print(f())
def late():
    n = 1
    g = (x + n for x in range(3))
    n = 10
    return list(g)
print(late())
g = (x for x in range(3))
print(next(g), next(g), next(g), next(g, 'end'))
try:
    next(g)
except StopIteration:
    print("stop")
g = (1 / x for x in [1, 0, 2])
try:
    print(list(g))
except ZeroDivisionError as e:
    print("zde", e, list(g))
try:
    (x for x in 5)
except TypeError as e:
    print(e)
g = (x for x in [1])
def selfnext():
    global g
    g = (next(g) for _ in range(2))
    return g
h = None
def it():
    return (next(h) for x in range(2))
h = it()
try:
    next(h)
except ValueError as e:
    print(e)
print(sum(x * y for x in range(3) for y in range(4) if x != y))
print(list((x, y) for x in range(3) if x for y in range(x)))
print(sorted((c for c in "hello"), reverse=True))
print(" ".join(str(x) for x in range(5)))
class C:
    vals = [1, 2]
    total = sum(v for v in vals)
print(C.total)
funcs = list(lambda: x for x in range(3))
print([fn() for fn in funcs])
print(dict((k, k * 2) for k in range(3)), set(x % 2 for x in range(5)), tuple(x for x in "ab"))
print(max((len(w), w) for w in "a bb ccc".split()), min(x for x in [3, 1]))
import functools
print(functools.reduce(lambda a, b: a + b, (x for x in range(5))))
