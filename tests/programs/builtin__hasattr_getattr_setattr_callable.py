class Obj:
    x = 1
    def method(self):
        return "m"
o = Obj()
print(hasattr(o, "x"), hasattr(o, "y"), hasattr(o, "method"), hasattr("s", "upper"), hasattr(5, "real"))
print(getattr(o, "x"), getattr(o, "y", 0), getattr(o, "method")(), getattr("abc", "upper")())
setattr(o, "y", 2)
print(o.y, getattr(o, "y"))
print(callable(o.method), callable(Obj), callable(len), callable(lambda: 0), callable("s"), callable(None))
