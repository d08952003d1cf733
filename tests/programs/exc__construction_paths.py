# Making exception instances: built-in classes made bare, subclasses with a Python
# `__init__` made plainly, keywords the built-in `__init__` refuses or takes, and classes
# changed after their first instance.
class Plain(ValueError):
    pass


class WithInit(Exception):
    def __init__(self, code, detail="none"):
        super().__init__(f"code {code}")
        self.code = code
        self.detail = detail


class NoSuper(Exception):
    def __init__(self, a, b):
        self.total = a + b


class Returns(Exception):
    def __init__(self):
        return 5


class Raises(Exception):
    def __init__(self, x):
        raise KeyError(x)


class WithNew(Exception):
    def __new__(cls, *args):
        self = super().__new__(cls, "from new")
        self.made = args
        return self


class Group(ExceptionGroup):
    def __new__(cls, message, excs, tag):
        return super().__new__(cls, message, excs)

    def __init__(self, message, excs, tag):
        super().__init__(message, excs)
        self.tag = tag


def show(make):
    try:
        e = make()
    except Exception as err:
        print("raised", type(err).__name__, err)
        return None
    print(type(e).__name__, repr(e), e.args, {k: v for k, v in vars(e).items()})
    return e


for i in range(3):
    show(lambda: ValueError(i, "two"))
    show(lambda: Plain(i))
    show(lambda: WithInit(i))
    show(lambda: WithInit(i, detail="d"))
show(lambda: NoSuper(1, 2))
show(lambda: NoSuper(1))
show(lambda: Returns())
show(lambda: Raises("k"))
show(lambda: WithNew(1, 2))
g = show(lambda: Group("g", [ValueError(1), TypeError(2)], "t"))
print(g.tag, g.message, len(g.exceptions), type(g.split(ValueError)[0]).__name__)

# Keywords: refused by the built-in `__init__`, taken by the few that name them.
show(lambda: ValueError(x=1))
show(lambda: Plain(1, x=1))
show(lambda: KeyError(k=1))
show(lambda: BaseException(y=1))
show(lambda: ExceptionGroup("g", [ValueError()], z=1))
for e in [NameError("n", name="q"), AttributeError("a", name="q", obj=[1]), AttributeError(obj=3)]:
    print(repr(e), e.args, e.name, e.obj if isinstance(e, AttributeError) else "-")
show(lambda: NameError("n", foo=1))
show(lambda: AttributeError("a", path=1))
show(lambda: ImportError("m", obj=1))


# The class changes after its first instances: the next call sees the change.
class Late(Exception):
    pass


print(repr(Late(1)))


def late_init(self, x):
    super(Late, self).__init__(x * 10)
    self.seen = x


Late.__init__ = late_init
print(repr(Late(2)), Late(3).seen)
del Late.__init__
print(repr(Late(4)), hasattr(Late(4), "seen"))


def raise_and_catch(n):
    caught = []
    for i in range(n):
        try:
            if i % 2:
                raise WithInit(i)
            raise Plain(i)
        except WithInit as e:
            caught.append(e.code)
        except ValueError as e:
            caught.append(-e.args[0])
    return caught


print(raise_and_catch(6))


def bad_argument():
    raise ValueError(undefined_name)  # noqa: F821


try:
    bad_argument()
except NameError as e:
    print("NameError:", e)
raise WithInit(7, detail="uncaught")
