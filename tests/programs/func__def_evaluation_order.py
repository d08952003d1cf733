# What a def or class statement evaluates before the function or class exists, and in which order.
def note(label, value=None):
    print("eval", label)
    return value


def deco(name):
    print("eval decorator", name)

    def apply(f):
        print("apply", name, "to", f.__name__)
        return f

    return apply


@deco("top")
@deco("bottom")
def f(a=note("a", 1), b=note("b", 2), *, c=note("c", 3), d, e=note("e", 5)):
    return a, b, c, d, e


print(f(d=4))

g = lambda x=note("lambda x", 10), *, y=note("lambda y", 20): x + y
print(g())


class Base:
    pass


@deco("class top")
@deco("class bottom")
class C(note("base", Base)):
    print("body runs")


print(C.__name__, C.__mro__[1].__name__)


def failing_decorator():
    raise ValueError("decorator failed")


try:

    @deco("never applied")
    @failing_decorator()
    def h(x=note("h default")):
        pass

except ValueError as e:
    print("ValueError", e)
