# BaseException.add_note (3.11): notes collect in __notes__ and follow the exception's line
# in a traceback, inside exception groups too.
try:
    raise ValueError("bad value")
except ValueError as e:
    e.add_note("first note")
    e.add_note("a note\nover two lines")
    print(e.__notes__)

for bad in (5, None):
    try:
        ValueError().add_note(bad)
    except TypeError as e:
        print("TypeError:", e)
e = ValueError()
e.__notes__ = "not a list"
try:
    e.add_note("x")
except TypeError as err:
    print("TypeError:", err)
try:
    ValueError().add_note()
except TypeError as err:
    print("TypeError:", err)


def check(n):
    if n < 0:
        err = ValueError(f"negative: {n}")
        err.add_note(f"while checking item {n}")
        raise err


errors = []
for n in (1, -2, -3):
    try:
        check(n)
    except ValueError as err:
        errors.append(err)
group = ExceptionGroup("checks failed", errors)
group.add_note("2 of 3 items failed")
raise group
