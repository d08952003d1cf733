xs = [1, 2, 3]
print(2 in xs, 5 in xs, 5 not in xs)
print("ell" in "hello", "z" not in "hello")
print("k" in {"k": 1}, 1 in {"k": 1})
print(3 in (1, 2, 3), 4 in {1, 2})
a = [1]
b = a
c = [1]
print(a is b, a is c, a == c, a is not c)
print(None is None, type(None) is type(None))
x = None
print(x is None, x is not None)
print(True is True, 1 == True)
