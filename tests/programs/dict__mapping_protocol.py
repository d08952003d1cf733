class Map:
    def __init__(self, d): self.d = d
    def keys(self): return list(self.d)
    def __getitem__(self, k): return self.d[k]
def chk(fn):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__, e)
def f(**kw): return sorted(kw.items())
m = Map({'a': 1, 'b': 2})
chk(lambda: f(**m))
chk(lambda: dict(m))
d = {}
d.update(m); print(d)
chk(lambda: {**m, 'c': 3})
chk(lambda: dict(m, z=1))
class NoGet:
    def keys(self): return ['a']
chk(lambda: f(**NoGet()))
chk(lambda: dict(NoGet()))
chk(lambda: {**NoGet()})
class OnlyGet:
    def __getitem__(self, k): return 1
chk(lambda: f(**OnlyGet()))
chk(lambda: dict(OnlyGet()))
chk(lambda: {}.update(OnlyGet()))
chk(lambda: {**OnlyGet()})
chk(lambda: {**1})
chk(lambda: dict(1))
chk(lambda: {}.update(1))
class BadKeys:
    def keys(self): return 5
    def __getitem__(self, k): return 1
chk(lambda: f(**BadKeys()))
chk(lambda: dict(BadKeys()))
chk(lambda: {**BadKeys()})
class IntKeys:
    def keys(self): return [1]
    def __getitem__(self, k): return k
chk(lambda: f(**IntKeys()))
chk(lambda: dict(IntKeys()))
chk(lambda: f(**{'a': 1}.keys()))
chk(lambda: dict([(1, 2), (3, 4)]))
chk(lambda: dict([(1, 2, 3)]))
chk(lambda: dict([1]))
chk(lambda: {}.update([(1, 2)], x=3))
class K:
    def keys(self): raise AttributeError('inner')
    def __getitem__(self, k): return 1
class G:
    def keys(self): return ['a']
    def __getitem__(self, k): raise AttributeError('g')
for fn in (lambda: f(**K()), lambda: {**K()}, lambda: dict(K()), lambda: f(**G()), lambda: {**G()}):
    try: fn()
    except Exception as e: print(type(e).__name__, e)

# dict.update in place, pair by pair; |= takes pairs too
d = {0: 0}
try:
    d.update([(1, 2), (3,)])
except ValueError as e:
    print(e, d)
d |= [('z', 26)]
d |= Map({'y': 25})
print(d)
class Seq:
    def __getitem__(self, i):
        if i < 3:
            return (i, i * i)
        raise IndexError(i)
print(dict(Seq()))
class Endless:
    def __getitem__(self, i):
        return i
for x in Endless():
    if x > 3:
        break
    print('endless', x)
