d = {"a": 1}
for key in ["missing", 42, (1, 2), None, 3.5]:
    try:
        d[key]
    except KeyError as e:
        print("KeyError", e, repr(e), e.args)
try:
    d.pop("nope")
except KeyError as e:
    print("pop", repr(e))
try:
    {}.popitem()
except KeyError as e:
    print("popitem", e)
try:
    d[[1]] = 2
except TypeError as e:
    print("TypeError:", e)
