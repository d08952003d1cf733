def make():
    fs = []
    for i in range(3):
        def f():
            return i
        fs.append(f)
    return fs
print([f() for f in make()])
def make_fixed():
    fs = []
    for i in range(3):
        def f(i=i):
            return i
        fs.append(f)
    return fs
print([f() for f in make_fixed()])
def outer():
    x = "before"
    def show():
        return x
    x = "after"
    return show
print(outer()())
