class Temp:
    def __init__(self, k):
        self.k = k
    @property
    def celsius(self):
        return self.k - 273.15
    def __add__(self, other):
        return Temp(self.k + other.k)
t = Temp(300)
print(round(t.celsius, 2))
t + 5
