# A comprehension in a class body is a function of its own in CPython: the class's names
# are invisible in it, except in its first iterable; an enclosing function's are visible.
x = "global x"
class A:
    x = 1
    y = 2
    try:
        ys = [x for _ in range(2)]
    except NameError as e:
        print("NameError", e)
    print([x for _ in range(1)])
    zs = [y * 10 for y in range(3)]
    firsts = [v for v in [x, y]]
    gen = list(k for k in (x, y))
    try:
        pairs = [(a, y) for a in range(2)]
    except NameError as e:
        print("NameError", e)
    print(zs, firsts, gen)
def f():
    z = 5
    class B:
        z = 100
        w = [z for _ in range(2)]
        v = z
    return B
print(f().w, f().v)
