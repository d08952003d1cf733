def apply(f, *args):
    return f(*args)
def compose(f, g):
    return lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(apply(max, 3, 9), apply(len, "abc"))
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
table = {"inc": inc, "dbl": dbl}
print([table[k](10) for k in sorted(table)])
funcs = [abs, str, len]
print([f(-3) if f is not len else f("xy") for f in funcs])
def named():
    pass
print(named.__name__, callable(named), callable(3))
