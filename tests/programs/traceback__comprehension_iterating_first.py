# Iterating the first iterable happens inside the comprehension: an error from its
# __next__ shows the <listcomp> frame.
class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        self.n -= 1
        if self.n < 0:
            raise ValueError("counted past zero")
        return self.n


print([x for x in Countdown(5)][:0])
