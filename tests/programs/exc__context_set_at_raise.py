# A raise sets __context__ to the exception being handled, over any context it had, and
# cuts a link of the handled chain that would make a cycle, as CPython does.
try:
    raise KeyError("a")
except KeyError as a:
    try:
        try:
            raise ValueError("b")
        except ValueError as b:
            saved = b
            raise a
    except KeyError:
        pass
    print(repr(saved.__context__), repr(a.__context__))


class A(Exception): pass
class B(Exception): pass
try:
    raise A
except A:
    e = B()
    e.__context__ = KeyError()
    try:
        raise e
    except B:
        print(repr(e.__context__))


class CM:
    def __enter__(self): return self
    def __exit__(self, t, v, tb):
        print(repr(v.__context__))
        return True


try:
    raise KeyError
except KeyError:
    with CM():
        raise ValueError


def loop_chain():
    try:
        raise OSError("x")
    except OSError as x:
        try:
            raise x
        except OSError as y:
            print(y is x, y.__context__)


loop_chain()
try:
    try:
        raise ValueError("v")
    except ValueError as v:
        raise TypeError("t") from None
except TypeError as t:
    print(repr(t.__context__), t.__suppress_context__, t.__cause__)
