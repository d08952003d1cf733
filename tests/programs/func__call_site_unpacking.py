def f(a, b, c=0, *args, **kw):
    return f"a={a} b={b} c={c} args={args} kw={kw}"
xs = [1, 2]
d = {"c": 3, "z": 9}
print(f(*xs))
print(f(*xs, **d))
print(f(*[1, 2, 3, 4, 5]))
print(f(**{"a": "A", "b": "B"}))
print(f(0, *"xy", *(7,), k=1, **{"m": 2}))
print(max(*[3, 8, 1]), print(*["a", "b"], sep="-"))
