# Class keywords go to __init_subclass__; class headers evaluate decorators, bases, keywords
# in order; __class_getitem__ is implicitly a class method.
def trace(label, value):
    print("eval", label)
    return value


class Base:
    registry = []

    def __init_subclass__(cls, tag=None, **kwargs):
        super().__init_subclass__(**kwargs)
        print("init_subclass", cls.__name__, tag)
        Base.registry.append((cls.__name__, tag))


def deco(cls):
    print("decorate", cls.__name__)
    return cls


@trace("decorator", deco)
class K(trace("base", Base), tag=trace("keyword", "k")):
    print("body")


class L(K):
    pass


print(Base.registry)
try:

    class M(Base, bogus=1):
        pass

except TypeError as e:
    print("TypeError", e)
try:

    class N(other=1):
        pass

except TypeError as e:
    print("TypeError", e)


class Y(metaclass=type):
    pass


print(Y.__name__)


class G:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__}]"


class H(G):
    pass


print(G[int], H[str])


class Plugin:
    plugins = {}

    def __init_subclass__(cls, /, name, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugins[name] = cls


class A(Plugin, name="a"):
    pass


print(sorted(Plugin.plugins), Plugin.plugins["a"] is A)
try:

    class B(Plugin):
        pass

except TypeError as e:
    print("TypeError", e)
