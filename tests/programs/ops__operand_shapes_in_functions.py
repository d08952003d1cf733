# Operators inside functions, in every shape of operands (locals, literals, other
# expressions), with the values that leave the int fast paths: overflow into big ints,
# floats, bools, user classes with dunders, and a local read before it is bound.


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        return Money(self.cents + (other.cents if isinstance(other, Money) else other))

    def __radd__(self, other):
        return Money(other + self.cents)

    def __lt__(self, other):
        print("lt", self.cents, other)
        return "yes" if self.cents < other else ""

    def __repr__(self):
        return f"Money({self.cents})"


def shapes(a, b):
    out = []
    out.append(a + b)
    out.append(a - 1)
    out.append(1 - a)
    out.append(a * a)
    out.append(a + b * 2 - (a // 3))
    out.append(a % 7 if a < 10 else a % 11)
    out.append(a < b)
    out.append(1 < a <= b)
    n = 0
    while n < a and n < 30:
        n += 3
    out.append(n)
    if a < 5:
        out.append("small")
    if 5 < b:
        out.append("big b")
    return out


print(shapes(3, 4))
print(shapes(2**62, 2**62))
print(shapes(-(2**63), 1))
print(shapes(2.5, 4))
print(shapes(True, False))
print(shapes(10**20, 3))

m = Money(5)


def money(m):
    print(m + 1, 1 + m, m + m)
    if m < 10:
        print("m < 10 is true")
    while m < 3:
        break
    else:
        print("while test false")
    return m < 10


print(money(m))


def mixed(a):
    try:
        return a - 1
    except TypeError as e:
        return f"TypeError: {e}"


print(mixed("s"), mixed(None), mixed([1]))


def unbound(flag):
    if flag:
        x = 1
    return x + 1


print(unbound(True))
try:
    unbound(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)


def unbound_cond(flag):
    if flag:
        y = 1
    if y < 2:
        return "y small"


try:
    unbound_cond(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)


def overflow_loop():
    i = 2**62
    total = 0
    while i < 2**63 + 5:
        total += i
        i += 2**61
    return total, i


print(overflow_loop())


def division(a, b):
    return a // b


try:
    division(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(division(-(2**63), -1))


def expression_then_leaf(a, b):
    # Only the right operand is a local or a literal: the left is evaluated first.
    out = [(a * 31 + b * 7) % 1000000007, (a + b) - b, (a - b) * 2, -a // 3, (a + 1) * 4]
    out.append((a * 2**40) * 2**30)
    out.append([a][0] + b)
    return out


print(expression_then_leaf(3, 4))
print(expression_then_leaf(2**62, 2**62))
print(expression_then_leaf(2.5, True))
try:
    expression_then_leaf(Money(1), 2)
except TypeError as e:
    print("TypeError:", e)


def left_binds_right():
    log = []
    total = (log.append("left") or 5) + (len(log) + 1)
    return total, (w := 7) + w


print(left_binds_right())


def right_unbound(flag):
    if flag:
        z = 1
    return print("left runs first") or 1 + z


try:
    right_unbound(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)


def cells(n):
    def bump():
        nonlocal n
        n += 1
        return n

    first = n * 10 + bump()
    return first, n, [bump() for _ in range(2)], n


print(cells(4))


def unbound_cell():
    def read():
        return later + 1

    try:
        read()
    except NameError as e:
        print(type(e).__name__ + ":", e)
    later = 5
    return read()


print(unbound_cell())


# A leaf on the left and an expression on the right: the left is read first.
def left_leaf(xs):
    total = 0
    for i in xs:
        total = total + i * i
    x = 3
    walrus = x + (x := 10)
    big = 2**62
    grown = big * len(xs)
    neg = -7 % len(xs)
    mixed = 10 - xs[0] / 2
    literal = 100 - sum(xs)
    shifted = 1 << len(xs)
    return total, walrus, x, grown, neg, mixed, literal, shifted


print(left_leaf([1, 2, 3, 4]))


def left_leaf_unbound():
    def loud():
        print("the right side ran")
        return 1

    try:
        return y + loud()
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    y = 1


left_leaf_unbound()


class Meters:
    def __init__(self, n):
        self.n = n

    def __radd__(self, other):
        return Meters(other + self.n)

    def __repr__(self):
        return f"Meters({self.n})"


def left_leaf_objects(m):
    k = 5
    s = "ab"
    try:
        k + s * 2
    except TypeError as e:
        print("TypeError:", e)
    return k + m, s + s.upper(), 2 + m


print(left_leaf_objects(Meters(1)))


# Tests comparing an expression with a leaf, either way round.
class Loud:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        print("Loud.__eq__", other)
        return self.n == other

    def __gt__(self, other):
        print("Loud.__gt__", other)
        return self.n > other

    __hash__ = None


def tests(xs):
    i = 0
    seen = []
    while i < len(xs):
        if xs[i] % 3 == 0:
            seen.append(xs[i])
        elif len(seen) >= i:
            seen.append(-1)
        i += 1
    big = 2**70
    n = 5
    flags = []
    if 2**64 > n:
        flags.append("2**64 > n")
    if n < 2**64:
        flags.append("n < 2**64")
    if n == 5.0:
        flags.append("n == 5.0")
    if 0.5 < n:
        flags.append("0.5 < n")
    if n in xs:
        flags.append("n in xs")
    if n is not None:
        flags.append("n is not None")
    if (n := 7) == 7:
        flags.append("(n := 7) == 7")
    if n == (n := 8):
        flags.append("n == (n := 8)")
    if Loud(3) == n:
        flags.append("Loud(3) == n")
    if n < Loud(9):
        flags.append("n < Loud(9)")
    if big > len(xs):
        flags.append("big > len(xs)")
    if len(xs) != big:
        flags.append("len(xs) != big")
    return seen, flags, n


print(tests([3, 4, 6, 9, 10]))


def test_unbound():
    def loud():
        print("the right side ran")
        return 1

    try:
        if z < loud():
            pass
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    z = 0


test_unbound()


def test_type_error(xs):
    k = 1
    try:
        if k < "a" + xs:
            pass
    except TypeError as e:
        print("TypeError:", e)


test_type_error("b")
