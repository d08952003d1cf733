# An instance's __dict__ is where its attributes live: writes to it set them, del and
# setattr show in it, and it can be replaced.
class C:
    a = 1
    def __init__(self):
        self.x = 5
c = C()
d = c.__dict__
c.y = 6
print(d, d is c.__dict__)
d['z'] = 7
print(c.z, vars(c))
del c.x
print(c.__dict__, hasattr(c, 'x'))
d.update(w=1)
print(c.w, sorted(dir(c))[-4:])
c.__dict__ = {'fresh': True}
print(c.fresh, hasattr(c, 'y'))
try:
    c.__dict__ = 5
except TypeError as e:
    print(e)
class P:
    def __init__(self, **kw):
        self.__dict__.update(kw)
p = P(a=1, b=2)
print(p.a + p.b, p.__dict__)
e = ValueError("x")
e.extra = 1
print(e.__dict__)
