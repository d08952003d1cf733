class Base:
    def __init__(self):
        self.log = ["Base"]
    def hello(self):
        return "base"
    @classmethod
    def make(cls):
        return cls()
class Mid(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Mid")
    def hello(self):
        return "mid+" + super().hello()
class Leaf(Mid):
    def __init__(self):
        super().__init__()
        self.log.append("Leaf")
    def hello(self):
        return "leaf+" + super().hello()
x = Leaf.make()
print(type(x).__name__, x.log, x.hello())
class NoInit(Mid):
    pass
print(NoInit().log)
