try:
    try:
        raise ValueError("first")
    finally:
        raise KeyError("from finally")
except KeyError as e:
    print("got", repr(e), "context", repr(e.__context__))
try:
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("from handler")
except TypeError as e:
    print("got", repr(e), "context", repr(e.__context__))
try:
    try:
        pass
    finally:
        x = 1 / 0
except ZeroDivisionError as e:
    print("finally error:", e, e.__context__)
