class Plain:
    pass
p = Plain()
r = repr(p)
print(r.startswith("<__main__.Plain object at 0x"), r.endswith(">"))
print(str(p) == r, type(p))
print(Plain, type(Plain))
print(type(p).__name__, Plain.__name__)
print(type(3), type("s"), type([]), type(None))
print(type(print), type(len).__name__)
