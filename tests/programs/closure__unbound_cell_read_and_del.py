def chk(fn):
    try:
        print(repr(fn()))
    except Exception as e:
        print(type(e).__name__, e)
def a():
    print(x)
    x = 1
    def g(): return x
chk(a)
def b():
    x = 1
    def g(): return x
    del x
    del x
chk(b)
def c():
    def g():
        nonlocal x
        del x
    x = 1
    g()
    return x
chk(c)
def nl():
    x = 1
    def inner():
        nonlocal x
        del x
    inner()
    def again():
        nonlocal x
        del x
    again()
chk(nl)
def nl2():
    def inner():
        nonlocal x
        return x
    r = inner
    x = 1
    del x
    return r()
chk(nl2)
def nl3():
    x = 1
    def inner():
        nonlocal x
        del x
        return x
    return inner()
chk(nl3)
