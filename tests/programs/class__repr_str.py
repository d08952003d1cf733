class V:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"V({self.x!r}, {self.y!r})"
class Named:
    def __init__(self, n):
        self.n = n
    def __str__(self):
        return f"Named {self.n}"
class Both(V):
    def __str__(self):
        return f"<{self.x}, {self.y}>"
v = V(1, "a")
print(v, repr(v), str(v), [v], f"{v}")
n = Named("q")
print(n, str(n), f"{n}")
print(repr(n).startswith("<__main__.Named object at 0x"))
b = Both(2, 3)
print(b, repr(b), [b], (b,), {"k": b})
