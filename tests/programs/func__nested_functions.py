def outer(x):
    def middle(y):
        def inner(z):
            return x + y + z
        return inner(3)
    return middle(2)
print(outer(1))
def counter_factory():
    def helper():
        return "helper"
    return helper
h = counter_factory()
print(h(), h.__name__)
def defines_later():
    return later()
def later():
    return "later ok"
print(defines_later())
