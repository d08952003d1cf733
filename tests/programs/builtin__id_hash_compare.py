a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), isinstance(id(a), int))
print(hash(1) == hash(1.0), hash(True) == hash(1), hash(0) == hash(False))
print(hash(42), hash(-7), hash(0))
print(hash((1, 2)) == hash((1, 2)), hash("s") == hash("s"))
print(hash(None) == hash(None))
try:
    hash([1])
except TypeError as e:
    print("TypeError:", e)
try:
    hash({})
except TypeError as e:
    print("TypeError:", e)
