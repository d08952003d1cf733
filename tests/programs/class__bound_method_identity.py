# Bound methods compare and hash by (function, receiver); str constants and NaN identity;
# containers' searches take identity before equality.
class A:
    def f(self):
        return 1


a = A()
b = A()
print(a.f == a.f, a.f is a.f, a.f != a.f, a.f == b.f, a.f == a.f.__func__)
print(a.f in {a.f}, {a.f: "x"}[a.f], hash(a.f) == hash(a.f), len({a.f, a.f, b.f}))
print(A.f == A.f, A.f is A.f)
items = []
print(items.append == items.append, [].append == [].append, items.append in {items.append})
handlers = [a.f, b.f]
handlers.remove(a.f)
print(len(handlers), handlers[0] == b.f, handlers.index(b.f), handlers.count(b.f))

s = "a"
t = "a"
print(s is t)
long_one = "hello world"
long_two = "hello world"
print(long_one is long_two)


def constant():
    return "some text"


print(constant() is constant())

x = float("nan")
print(x is x, x == x, x != x)
print(x in [x], x in (x,), x in {x}, {x: 1}[x])
print([x].index(x), [x, 1.0, x].count(x), (x,) == (x,), [x] == [x], {"k": x} == {"k": x})
nan_list = [1, x, 2]
nan_list.remove(x)
print(nan_list)
print([x] < [x, 1], (x, 1) < (x, 2))


class NeverEqual:
    def __eq__(self, other):
        return False

    __hash__ = object.__hash__


n = NeverEqual()
print(n == n, n in [n], [n].count(n), [n].index(n), (n,) == (n,), n in {n})
