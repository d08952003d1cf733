class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, x):
        self.items.append(x)
        return self
    def __repr__(self):
        return f"Acc{self.items}"
a = a0 = Acc()
a += 1
a += 2
print(a, a is a0)
class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return OnlyAdd(self.v + o)
x = x0 = OnlyAdd(1)
x += 5
print(x.v, x0.v, x is x0)
