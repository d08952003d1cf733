# One call site, receivers of changing kinds: a site remembers the built-in method a
# built-in type gave it, and must find the right method again for every other kind of
# receiver, for instances whose class defines (or changes) a method of the same name, and
# for errors raised inside the method.


class Counter:
    def __init__(self):
        self.calls = []

    def count(self, x):
        self.calls.append(x)
        return -1

    def get(self, key, default):
        return ("Counter.get", key, default)


def count_all(pairs):
    out = []
    for r, x in pairs:
        out.append(r.count(x))
    return out


c = Counter()
print(count_all([([1, 2, 1], 1), ((1, 1, 1), 1), ("a1b1", "1"), ([1], 1), (c, "c"),
                 ("111", "1"), ((2,), 2), (c, 3), ([1, 1], 1)]))
print(c.calls)
try:
    count_all([([1], 1), ("abc", 1)])
except TypeError as e:
    print("TypeError:", e)


def get_all(receivers):
    return [r.get("k", 0) for r in receivers]


print(get_all([{"k": 5}, {}, c, {"k": 6}]))
Counter.get = lambda self, key, default: "replaced"
print(get_all([{}, c, {"k": 7}]))


def pops(receivers):
    out = []
    for r in receivers:
        try:
            out.append(r.pop())
        except (IndexError, KeyError, TypeError) as e:
            out.append(type(e).__name__ + ": " + str(e))
    return out


print(pops([[1, 2], [], {3}, set(), [4], {"a": 1}]))


def adds(receivers, item):
    for r in receivers:
        r.add(item) if isinstance(r, set) else r.append(item)
    return receivers


print(adds([[], set(), [0], {9}], 3))


def numbers(values):
    return [v.bit_length() if isinstance(v, int) else v.is_integer() for v in values]


print(numbers([1, True, 2**70, 2.5, 3.0, False, -8]))


def strip_all(values, chars):
    return [v.strip(chars) for v in values]


print(strip_all(["xxaxx", "xbx"], "x"))
try:
    strip_all(["xa", 5], "x")
except AttributeError as e:
    print("AttributeError:", e)
try:
    print([s.startswith() for s in ["a", "b"]])
except TypeError as e:
    print("TypeError:", e)
