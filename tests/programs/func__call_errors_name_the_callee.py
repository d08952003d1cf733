def f(a=None, **kw): pass
def show(*a, **k): pass
class C:
    def m(self, *a, **k): pass
    @staticmethod
    def s(*a, **k): pass
def chk(fn):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__, e)
chk(lambda: f(a=1, **{'a': 2}))
chk(lambda: show(**{'a':1}, **{'a':2}))
chk(lambda: show(*1))
chk(lambda: show(**1))
chk(lambda: C().m(*1))
chk(lambda: C().m(**1))
chk(lambda: C.m(*1))
chk(lambda: C.s(**1))
chk(lambda: C().m(a=1, **{'a': 2}))
chk(lambda: print(*1))
chk(lambda: print(**1))
chk(lambda: print(sep='', **{'sep': 2}))
chk(lambda: len(*1))
chk(lambda: (lambda: 0)(*1))
chk(lambda: (lambda: 0)(**1))
def outer():
    def inner(): pass
    return inner
chk(lambda: outer()(*1))
chk(lambda: outer()(**1))
chk(lambda: outer()(a=1, **{'a':1}))
chk(lambda: C(*1))
chk(lambda: C(**1))
chk(lambda: int(**{'x':1}, **{'x':2}))
chk(lambda: f(**{1: 2}))
chk(lambda: show(**{1: 2}))
chk(lambda: [].append(*1))
chk(lambda: "".join(**1))
chk(lambda: f(*None))
chk(lambda: f(**None))
chk(lambda: f(**[1]))
