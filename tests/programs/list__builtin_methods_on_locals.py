# Built-in methods called on a local with locals or int literals as arguments
# (`xs.append(x)`, `d.get(k, 0)`): the values are shared correctly, mutation during a
# comparison is caught, and unbound locals raise their errors.
class Loud:
    def __init__(self, v, victim=None):
        self.v = v
        self.victim = victim

    def __eq__(self, other):
        if self.victim is not None:
            self.victim.clear()
        return self.v == (other.v if isinstance(other, Loud) else other)

    def __hash__(self):
        return hash(self.v)

    def __repr__(self):
        return f"Loud({self.v})"


def appends():
    xs = []
    x = [1, 2]
    for i in range(3):
        xs.append(x)
        xs.append(i)
    x.append(3)
    xs.append(xs)
    print(xs[:6], len(xs), xs[-1] is xs)
    y = xs.pop()
    print(y is xs, len(xs))
    xs.insert(0, 7)
    xs.insert(-1, x)
    print(xs[0], xs[-2] is x, xs.count(x), xs.index(x))


def dict_methods():
    d = {}
    k, v = "key", [0]
    for i in range(4):
        d[i] = d.get(i, 0) + i
    print(d, d.get(k), d.get(k, 5), d.get(2, 0))
    row = d.setdefault(k, v)
    row.append(1)
    print(v, d[k] is v, d.pop(k) is v, d.pop(k, None))
    s = set()
    s.add(k)
    s.add(v[0])
    print(sorted(s, key=str), s.__contains__(k))


def comparisons():
    xs = [Loud(1), Loud(2), Loud(3)]
    probe = Loud(2)
    print(xs.count(probe), xs.index(probe))
    victim = [1, 2, 3, 4]
    wrecker = Loud(9, victim)
    try:
        print(victim.count(wrecker))
    except Exception as e:
        print(type(e).__name__, e)
    print(victim)
    victim = [1, 2]
    wrecker = Loud(2, victim)
    try:
        victim.remove(wrecker)
    except Exception as e:
        print(type(e).__name__, e)
    print(victim)
    strs = ["a", "b", "a"]
    word = "a"
    print(strs.count(word), strs.index(word, 1), word.startswith(word), word.find("z"))


def unbound():
    xs = [1]
    try:
        xs.append(later)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    later = 2
    try:
        ys.append(1)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    ys = [later]
    ys.append(later)
    print(ys)


def wrong_calls():
    xs = [3, 1, 2]
    n = 5
    try:
        xs.append(n, n)
    except TypeError as e:
        print("TypeError:", e)
    try:
        n.append(xs)
    except AttributeError as e:
        print("AttributeError:", e)
    d = {}
    try:
        d.get()
    except TypeError as e:
        print("TypeError:", e)
    xs.sort()
    print(xs)


appends()
dict_methods()
comparisons()
unbound()
wrong_calls()
xs = [1]
xs.append(xs[0])
n = 4
xs.append(n)
xs.index(99)
