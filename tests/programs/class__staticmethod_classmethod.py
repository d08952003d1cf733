class Temp:
    scale = "C"
    count = 0
    def __init__(self, deg):
        self.deg = deg
        Temp.count += 1
    @staticmethod
    def c_to_f(c):
        return c * 9 / 5 + 32
    @classmethod
    def from_f(cls, f):
        return cls((f - 32) * 5 / 9)
    @classmethod
    def describe(cls):
        return f"{cls.__name__} in {cls.scale}, {cls.count} made"
print(Temp.c_to_f(100), Temp(0).c_to_f(-40))
t = Temp.from_f(212)
print(t.deg, type(t).__name__)
print(Temp.describe(), t.describe())
class Sub(Temp):
    scale = "K"
s = Sub.from_f(32)
print(type(s).__name__, s.deg, Sub.describe())
