def memoize(f):
    cache = {}
    calls = 0
    def wrapper(n):
        nonlocal calls
        calls += 1
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    def stats():
        return calls, len(cache)
    wrapper.stats = stats
    return wrapper
@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80))
print(fib.stats())
