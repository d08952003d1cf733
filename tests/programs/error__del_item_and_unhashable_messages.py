# CPython's two messages for item deletion, and values refused as keys: slices (3.11),
# dict_keys and dict_items; dict_values hash by identity; __hash__ may return a bool.
for v in [(1, 2), "ab", range(3), 5, frozenset()]:
    try:
        del v[0]
    except TypeError as e:
        print(e)
t = (1, 2)
try:
    del t[0:1]
except TypeError as e:
    print(e)
for make in [lambda: hash({}.keys()), lambda: hash({}.items()), lambda: hash(slice(1))]:
    try:
        make()
    except TypeError as e:
        print(e)
try:
    d = {}
    d[:] = 1
except TypeError as e:
    print(e)
print(hash({}.values()) != 0)


class H:
    def __hash__(self):
        return True


h = H()
print(hash(h), {h: 1}[h])
