def shout(f):
    def wrapper(*args, **kwargs):
        return f(*args, **kwargs).upper() + "!"
    return wrapper
def trace(f):
    def wrapper(*args):
        print("calling", f.__name__, args)
        result = f(*args)
        print("returned", result)
        return result
    return wrapper
@shout
def hello(name):
    return "hello " + name
print(hello("bob"))
@trace
@shout
def two(a, b):
    return f"{a}-{b}"
print(two("x", "y"))
def register(f):
    registry.append(f.__name__)
    return f
registry = []
@register
def a(): pass
@register
def b(): pass
print(registry, a(), b.__name__)
