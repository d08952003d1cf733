class Countdown:
    def __init__(self, start):
        self.n = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
for i in Countdown(3):
    print(i)
print(list(Countdown(4)), sum(Countdown(10)))
it = iter(Countdown(2))
print(next(it), next(it), next(it, "done"))
class Reusable:
    def __init__(self, xs):
        self.xs = xs
    def __iter__(self):
        return iter(self.xs)
r = Reusable([1, 2])
print(list(r), list(r), 2 in r)
