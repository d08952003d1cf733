# A key function or __lt__ that mutates the list being sorted: CPython sorts the items taken
# out of it and raises "ValueError: list modified during sort"; sorted() works on its own
# copy; max/min step the live list.
data = [3, 1, 2]


def key_appends(x):
    data.append(x)
    return x


try:
    data.sort(key=key_appends)
except ValueError as e:
    print("ValueError:", e)
print(data)

data = [3, 1, 2]


def key_clears(x):
    data.clear()
    return x


try:
    data.sort(key=key_clears)
except ValueError as e:
    print("ValueError:", e)
print(data)

data = [3, 1, 2]


def key_reads(x):
    return (len(data), x)


data.sort(key=key_reads)
print("read during sort:", data)


class Lt:
    def __init__(self, n, target):
        self.n, self.target = n, target

    def __lt__(self, other):
        if self.target is not None and len(self.target) < 5:
            self.target.append(Lt(9, None))
        return self.n < other.n

    def __repr__(self):
        return "Lt(%d)" % self.n


data = []
data.extend([Lt(2, data), Lt(1, data)])
try:
    data.sort()
except ValueError as e:
    print("ValueError:", e)
print(data)

data = [3, 1, 2]


def key_mut(x):
    if len(data) < 8:
        data.append(x)
    return x


print("sorted:", sorted(data, key=key_mut), data)
data = [3, 1, 2]
print("max:", max(data, key=key_mut), len(data))
data = [3, 1, 2]
print("min:", min(data, key=key_mut), len(data))
data = [3, 1, 2]


def key_pop(x):
    if data:
        data.pop()
    return x


print("max pops:", max(data, key=key_pop), data)
data = [Lt(2, None), Lt(1, None)]
for item in data:
    item.target = data
print("min lt:", min(data), len(data))
print("sorted lt:", sorted(data), len(data))
