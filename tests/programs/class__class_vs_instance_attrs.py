class Dog:
    kind = "canine"
    tricks = []
    def __init__(self, name):
        self.name = name
    def add_trick(self, t):
        self.tricks.append(t)
a = Dog("a")
b = Dog("b")
a.add_trick("roll")
print(a.kind, b.kind, a.tricks, b.tricks)
a.kind = "wolf"
print(a.kind, b.kind, Dog.kind)
Dog.kind = "doggo"
print(a.kind, b.kind)
del a.kind
print(a.kind)
print(hasattr(a, "name"), hasattr(Dog, "name"))
