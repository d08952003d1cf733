def inner():
    try:
        raise KeyError("original")
    except KeyError:
        print("logging and re-raising")
        raise
try:
    inner()
except KeyError as e:
    print("outer got", repr(e))
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        saved = e
        raise
except ZeroDivisionError as e2:
    print(e2 is saved)
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
