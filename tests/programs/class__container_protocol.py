class Bag:
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
    def __setitem__(self, i, v):
        self.items[i] = v
    def __contains__(self, x):
        print("contains?", x)
        return x in self.items
b = Bag(3, 1, 4)
print(len(b), b[0], b[-1], b[0:2])
b[1] = 10
print(b.items, 10 in b, 99 not in b)
print(bool(b), bool(Bag()))
print(list(b), [x * 2 for x in b])
