def f():
    n = 10
    return [n + i for i in range(3)]
print(f())
def g():
    base = 5
    return {k: base * k for k in range(3)}, {base - k for k in range(2)}, sum(base * k for k in range(4))
print(g())
class C:
    values = [1, 2, 3]
    doubled = [v * 2 for v in values]
print(C.doubled)
i = "unchanged"
_ = [i for i in range(5)]
print(i)
