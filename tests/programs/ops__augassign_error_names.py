# Augmented assignment errors name the operator with its '=' (+=, *=, ...), and x *= seq
# tries the right operand's repeat only for an x without sequence methods.
def f():
    for a, b in [(0, "a"), (1.5, []), ("s", 1), ([], 1), (None, 1), (2, None), ({1}, [1])]:
        for op in ["+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@"]:
            x = a
            try:
                exec_op(op, x, b)
            except TypeError as e:
                print(op, e)


def exec_op(op, x, b):
    if op == "+": x += b
    elif op == "-": x -= b
    elif op == "*": x *= b
    elif op == "/": x /= b
    elif op == "//": x //= b
    elif op == "%": x %= b
    elif op == "**": x **= b
    elif op == "<<": x <<= b
    elif op == ">>": x >>= b
    elif op == "&": x &= b
    elif op == "|": x |= b
    elif op == "^": x ^= b
    elif op == "@": x @= b


class C:
    pass


c = C()
try:
    c += 1
except TypeError as e:
    print(e)
g = 0
try:
    g += "x"
except TypeError as e:
    print(e)
f()
for a in [{}, range(2), frozenset(), C(), 3, None, True]:
    x = a
    try:
        x *= [1]
    except TypeError as e:
        print(e)
