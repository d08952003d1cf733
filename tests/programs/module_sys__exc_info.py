import sys
def f():
    e = sys.exc_info()
    print(e[0], e[1], e[2] is None or True)
try:
    raise ValueError("value", 123)
except:
    print(sys.exc_info()[0], sys.exc_info()[1], repr(sys.exception()))
    f()
    try:
        raise KeyError("inner")
    except KeyError:
        print(sys.exc_info()[:2])
    print(sys.exc_info()[:2])
f()
print(sys.exception(), sys.exc_info())
def g():
    try:
        1 / 0
    finally:
        print("in finally:", sys.exc_info()[0])
try:
    g()
except ZeroDivisionError as e:
    print("caught", sys.exception() is e)
