# User descriptors: __get__, __set__, __delete__, __set_name__, data vs non-data precedence.
class Typed:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, "unset")

    def __set__(self, obj, value):
        print("set", self.name, value)
        setattr(obj, self.name, value)

    def __delete__(self, obj):
        print("delete", self.name)
        delattr(obj, self.name)


class NonData:
    def __get__(self, obj, objtype=None):
        return ("nondata", obj is None, objtype.__name__)


class C:
    t = Typed()
    n = NonData()


c = C()
print(c.t)
c.t = 5
print(c.t, c.__dict__)
del c.t
print(c.t)
print(type(C.t).__name__, C.n, c.n)
# A non-data descriptor loses to the instance's own attribute.
c.n = "mine"
print(c.n, c.__dict__)


class SetOnly:
    def __set__(self, obj, value):
        print("SetOnly.__set__", value)


class D:
    s = SetOnly()


d = D()
d.s = 1
# A data descriptor without __get__ is the descriptor itself when read.
print(type(d.s).__name__)
try:
    del d.s
except AttributeError as e:
    print("AttributeError", e)


class Counter:
    def __init__(self):
        self.reads = 0

    def __get__(self, obj, objtype=None):
        self.reads += 1
        return self.reads


class E:
    count = Counter()


e = E()
print(e.count, e.count, E.count)


class Validated:
    def __set_name__(self, owner, name):
        self.private = "_" + name

    def __get__(self, obj, objtype=None):
        return getattr(obj, self.private)

    def __set__(self, obj, value):
        if value < 0:
            raise ValueError(f"{self.private[1:]} must be >= 0, got {value}")
        setattr(obj, self.private, value)


class Account:
    balance = Validated()

    def __init__(self, balance):
        self.balance = balance


a = Account(10)
print(a.balance)
try:
    a.balance = -1
except ValueError as e:
    print("ValueError", e)


class Bad:
    def __set_name__(self, owner, name):
        raise ValueError("bad")


try:

    class F:
        x = Bad()

except RuntimeError as e:
    print("RuntimeError", e, repr(e.__cause__))


class Base:
    def method(self):
        return "Base.method"


class WithSuper(Base):
    n = NonData()

    def method(self):
        return "WithSuper " + super().method()


print(WithSuper().method(), WithSuper().n)
