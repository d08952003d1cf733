print(0 or "default")
print("" or [] or None)
print(1 and 2 and 3)
print(1 and 0 and 3)
print([] and 1)
print("x" or 1 / 0)
print(0 and 1 / 0)
print(not 0, not "a", not [], not None)
print(None or 0.0 or "last")
def side(v):
    print("eval", v)
    return v
print(side(0) or side(2) or side(3))
print(side(1) and side(0) and side(3))
