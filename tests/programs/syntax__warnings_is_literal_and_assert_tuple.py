# "is" beside a literal and an assert on a tuple: SyntaxWarnings at compile time.
x = 5
print(x is 5, x is not "a", x is None, x is (), x is (1, 2), x is -1, x is True, 1 is x is 2)
def f():
    return x is 1.5
assert (x, "msg")
print(f(), "\d")
x = 1 if True else 2
assert (x, 'm')
assert (x,)
