import functools
from functools import partial, reduce, wraps, lru_cache, cache, cmp_to_key, total_ordering, update_wrapper

def f(a, b, c=3, *, d=4):
    return (a, b, c, d)

p = partial(f, 1, d=40)
print(p(2), p(2, 30), p(2, d=5), p.args, p.keywords, p.func is f)
print(repr(partial(max, 1)), repr(partial(max, 1, key=abs)))
print(repr(partial(partial(max, 1, key=abs), 2, key=len)))
pp = partial(partial(f, 1), 2)
print(pp(), pp.args, pp.func is f)
print(type(p).__name__, callable(p), isinstance(p, partial))
for call in [lambda: partial(), lambda: partial(1), lambda: p()]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)

print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 10))
print(reduce(max, [], 7), reduce(lambda a, b: a + b, ["a", "b", "c"]))
for args, kwargs in [((), {}), ((max,), {}), ((max, 5), {}), ((max, []), {}), ((max, [], 1, 2), {}), ((max, []), {"initial": 3})]:
    try:
        reduce(*args, **kwargs)
    except TypeError as e:
        print(type(e).__name__, e)

def deco(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        """wrapper doc"""
        return fn(*args, **kwargs) * 2
    return wrapper

@deco
def double_me(x):
    """Doubles."""
    return x

print(double_me(21), double_me.__name__, double_me.__doc__, double_me.__wrapped__(5), double_me.__qualname__)

def plain(x):
    return x
def other(*a):
    return plain(*a)
print(update_wrapper(other, plain) is other, other.__name__, other.__wrapped__ is plain)

calls = []
@lru_cache(maxsize=2)
def square(n):
    calls.append(n)
    return n * n

print([square(n) for n in [1, 2, 1, 3, 2, 1]], calls)
print(square.cache_info())
info = square.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize, info[0], tuple(info))
square.cache_clear()
print(square.cache_info(), square.__name__)

@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())

@cache
def fact(n):
    return 1 if n == 0 else n * fact(n - 1)
print(fact(20), fact.cache_info())

@lru_cache(maxsize=None)
def kw(a, b=1):
    return a + b
print(kw(1), kw(1, b=1), kw(a=1), kw.cache_info())
try:
    kw([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    lru_cache("x")
except TypeError as e:
    print(type(e).__name__, e)

def compare(a, b):
    return (a > b) - (a < b)
words = ["pear", "fig", "banana", "kiwi"]
print(sorted(words, key=cmp_to_key(lambda a, b: len(a) - len(b))))
print(sorted([3, 1, 2], key=cmp_to_key(compare), reverse=True))
K = cmp_to_key(compare)
print(K(1) < K(2), K(2) <= K(2), K(3) > K(2), K(1) == K(1), K(1) >= K(2))
try:
    K(1) < 3
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash(K(1))
except TypeError as e:
    print(type(e).__name__)

@total_ordering
class Version:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        return self.n == other.n
    def __lt__(self, other):
        return self.n < other.n

a, b = Version(1), Version(2)
print(a < b, a <= b, a > b, a >= b, b >= a, a <= Version(1))
print([v.n for v in sorted([Version(3), Version(1), Version(2)])])
try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print(type(e).__name__, e)
