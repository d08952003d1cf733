x = 1
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
xs = [1, 2, 3, 4]
del xs[1], xs[-1]
print(xs)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
class O:
    pass
o = O()
o.attr = 1
del o.attr
print(hasattr(o, "attr"))
a, b = 1, 2
del a, b
try:
    del a
except NameError as e:
    print("NameError:", e)
