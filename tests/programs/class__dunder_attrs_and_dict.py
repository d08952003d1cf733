class P:
    """Doc strings are expressions too."""
    def __init__(self):
        self.a = 1
        self.b = 2
p = P()
p.c = 3
print(p.a, p.b, p.c, p.__class__.__name__)
print(p.__class__ is P, type(p) is P)
print(hasattr(p, "c"), hasattr(P, "c"))
