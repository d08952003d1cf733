def logged(f):
    def wrapper(*args):
        print("call", f.__name__, args)
        return f(*args)
    return wrapper
@logged
def divide(a, b):
    return a // b
print(divide(7, 2))
divide(1, 0)
