# A user __new__: called with cls and the arguments before __init__.
class Singleton:
    _instance = None

    def __new__(cls, *args, **kwargs):
        print("new", cls.__name__, args, kwargs)
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __init__(self, *args, **kwargs):
        print("init", args, kwargs)


a = Singleton(1, b=2)
b = Singleton()
print(a is b)


class NotMine:
    def __new__(cls):
        return 42

    def __init__(self):
        print("never")


print(NotMine())


class Point:
    def __new__(cls, x, y):
        p = object.__new__(cls)
        p.x = x
        return p

    def __init__(self, x, y):
        self.y = y


p = Point(1, 2)
print(p.x, p.y, type(p).__name__)


class Sub(Point):
    pass


s = Sub(3, 4)
print(type(s).__name__, s.x, s.y)
print(Point.__new__ is Sub.__new__)


class Cached:
    cache = {}

    def __new__(cls, key):
        if key not in cls.cache:
            obj = super().__new__(cls)
            obj.key = key
            cls.cache[key] = obj
        return cls.cache[key]


print(Cached("a") is Cached("a"), Cached("a") is Cached("b"), len(Cached.cache))


class OnlyNew:
    def __new__(cls, value):
        return super().__new__(cls)


print(type(OnlyNew(5)).__name__)


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


class Plain:
    pass


class PassesArgs:
    def __new__(cls, x):
        return super().__new__(cls, x)


class InitPasses:
    def __init__(self, x):
        super().__init__(x)


show(lambda: Plain(1))
show(lambda: PassesArgs(1))
show(lambda: InitPasses(1))
show(lambda: object.__new__(1))
show(lambda: object.__new__(int))
show(lambda: object.__new__())
show(lambda: type(object.__new__(Plain)).__name__)


class Err(Exception):
    def __new__(cls, *args):
        print("Err.__new__", args)
        return super().__new__(cls, *args)


e = Err("boom", 2)
print(repr(e), e.args)
