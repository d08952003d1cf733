# Comparing lists whose items' __eq__/__lt__ mutate either side: CPython re-reads the live
# lists at each step (lengths and items), so the comparison never uses a stale index.
class ClearsBoth:
    def __init__(self, a, b):
        self.a, self.b = a, b

    def __eq__(self, other):
        self.a.clear()
        self.b.clear()
        return True

    def __lt__(self, other):
        self.a.clear()
        self.b.clear()
        return True


class Appends:
    def __init__(self, target):
        self.target = target

    def __eq__(self, other):
        if len(self.target) < 8:
            self.target.append(len(self.target))
        return True

    def __lt__(self, other):
        self.target.append(0)
        return False


a = [0, 1, 2]
b = [0, 1, 2]
a[0] = ClearsBoth(a, b)
print("eq clears:", a == b, a, b)
a = [0, 1, 2]
b = [0, 1, 2]
a[1] = ClearsBoth(a, b)
print("ne clears:", a != b, a, b)
a = [0, 5]
b = [0, 6]
a[0] = ClearsBoth(a, b)
print("lt clears:", a < b, a, b)
a = [None, 1]
b = [None, 1]
a[0] = Appends(b)
print("eq appends:", a == b, len(a), len(b))
a = [None, 1]
b = [9, 1]
a[0] = Appends(a)
try:
    print("lt appends:", a < b, len(a))
except TypeError as e:
    print("TypeError", e)
a = [1, 2, 3]
b = [1, 2, 3]


class DelOther:
    def __eq__(self, other):
        del b[:]
        return False


a[0] = DelOther()
print("del in eq:", a == b, a[1:], b)
t1 = ([1],)
print("tuple of lists:", t1 == ([1],), t1 < ([2],))
