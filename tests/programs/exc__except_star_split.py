def show(label, f):
    try:
        f()
        print(label, "no exception")
    except BaseException as e:
        print(label, type(e).__name__, repr(e))
        if isinstance(e, BaseExceptionGroup):
            for x in e.exceptions:
                print("   ", repr(x), "ctx:", repr(x.__context__))
        print("    context:", repr(e.__context__), "cause:", repr(e.__cause__))

def a():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
    except* ValueError as e:
        print("caught", repr(e))
    except* TypeError as e:
        print("caught", repr(e))
show("a", a)

def b():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError as e:
        print("caught", repr(e))
show("b", b)

def c():
    try:
        raise ValueError("naked")
    except* ValueError as e:
        print("caught", repr(e), repr(e.exceptions[0]))
show("c", c)

def d():
    try:
        raise ValueError("naked")
    except* ValueError:
        raise
show("d", d)

def e():
    try:
        raise ValueError("naked")
    except* TypeError:
        print("no")
show("e", e)

def f():
    try:
        raise ValueError("naked")
    except* ValueError:
        raise KeyError("new")
show("f", f)

def g():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("new")
    except* TypeError:
        raise
show("g", g)

def h():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("k1")
    except* TypeError:
        raise IndexError("k2")
show("h", h)

def i():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise e
show("i", i)

def j():
    try:
        raise ExceptionGroup("eg", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(4)])])
    except* ValueError as e:
        print("caught", repr(e))
    except* (TypeError, KeyError) as e:
        print("caught2", repr(e))
show("j", j)

def k():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ExceptionGroup:
        pass
show("k", k)

def l():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* int:
        pass
show("l", l)

def m():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* (ValueError, ExceptionGroup):
        pass
show("m", m)

def n():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        print("first")
    except* ValueError:
        print("second")
    else:
        print("else")
    finally:
        print("finally")
show("n", n)

def o():
    try:
        raise KeyboardInterrupt()
    except* KeyboardInterrupt as e:
        print(repr(e))
show("o", o)

def p():
    try:
        raise BaseExceptionGroup("beg", [KeyboardInterrupt(), ValueError(1)])
    except* ValueError as e:
        print(repr(e))
show("p", p)

def q():

    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError as e:
        print("handled", repr(e))
    try:
        print(e)
    except NameError as ne:
        print("unbound", ne)
show("q", q)

def r():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise ExceptionGroup("sub", [KeyError(9)])
show("r", r)
def s():
    try:
        try:
            raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
        except* undefined_name:
            pass
        finally:
            print("finally runs")
    except NameError as e:
        print("NameError", e, repr(e.__context__))
s()
