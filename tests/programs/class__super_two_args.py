# super(type, obj) and super(type, cls), and the errors for bad arguments.
class A:
    def f(self):
        return "A.f"

    @classmethod
    def g(cls):
        return "A.g " + cls.__name__

    @staticmethod
    def h(x):
        return "A.h " + str(x)


class B(A):
    def f(self):
        return "B.f " + super(B, self).f()

    @classmethod
    def g(cls):
        return "B.g " + super(B, cls).g()


class C(B):
    def f(self):
        # Skipping B: lookup starts after B in C's chain.
        return "C.f " + super(B, self).f()


print(B().f())
print(B.g())
print(C().f())
print(C.g())
print(super(B, B()).h(3))
print(repr(super(A, A())))
print(repr(super(A, B())))


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


show(lambda: super(A, A(), 3))
show(lambda: super(A, x=1))
show(lambda: super(1, 2))
show(lambda: super(B, A()))
show(lambda: super(B, A))
show(lambda: super(B, 5))
show(lambda: super())


def plain(x):
    return super()


show(lambda: plain(1))


def deleted(x):
    del x
    return super()


show(lambda: deleted(1))
