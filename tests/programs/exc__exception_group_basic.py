eg = ExceptionGroup("several", [ValueError("v"), TypeError("t")])
print(eg.message, len(eg.exceptions), [type(e).__name__ for e in eg.exceptions])
print(str(eg))
print(isinstance(eg, Exception))
try:
    raise eg
except ExceptionGroup as e:
    print("caught group:", e.message, [str(x) for x in e.exceptions])
