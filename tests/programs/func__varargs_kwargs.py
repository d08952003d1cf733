def f(*args, **kwargs):
    return args, kwargs
print(f())
print(f(1, 2))
print(f(a=1))
print(f(1, b=2, c=3))
def g(a, b=2, *rest, c, d=4, **more):
    print(a, b, rest, c, d, more)
g(1, c=3)
g(1, 20, 30, 40, c=5, e=6)
def total(*nums):
    return sum(nums)
print(total(), total(1, 2, 3))
