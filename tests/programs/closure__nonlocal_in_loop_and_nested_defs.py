def make_ops():
    total = 0
    ops = {}
    def add(x):
        nonlocal total
        total += x
    def sub(x):
        nonlocal total
        total -= x
    def get():
        return total
    ops["add"], ops["sub"], ops["get"] = add, sub, get
    return ops
ops = make_ops()
for i in range(5):
    ops["add"](i)
ops["sub"](3)
print(ops["get"]())
other = make_ops()
print(other["get"](), ops["get"]())
