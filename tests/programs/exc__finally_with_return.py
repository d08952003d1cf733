def f():
    try:
        return "try"
    finally:
        print("finally runs before return")
print(f())
def g():
    try:
        return "try"
    finally:
        return "finally wins"
print(g())
def h():
    try:
        1 / 0
    finally:
        return "swallowed"
print(h())
def k():
    x = "initial"
    try:
        return x
    finally:
        x = "changed"
print(k())
