# object() instances: a default repr without a module, identity, usable as sentinels.
o = object()
s = object()
print(repr(o).startswith("<object object at 0x"), str(o).startswith("<object object at 0x"))
print(o is s, o == s, o != s, o == o, hash(o) == hash(o))
print({o: 1}[o], o in [s, o], type(o).__name__, type(o) is object)
try:
    o.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    o.y
except AttributeError as e:
    print(type(e).__name__, e)
try:
    object(1)
except TypeError as e:
    print(type(e).__name__, e)

MISSING = object()


def lookup(d, key, default=MISSING):
    value = d.get(key, MISSING)
    if value is MISSING:
        if default is MISSING:
            raise KeyError(key)
        return default
    return value


print(lookup({"a": 1}, "a"), lookup({}, "b", 2))
try:
    lookup({}, "c")
except KeyError as e:
    print("KeyError", e)
print(isinstance(o, object), isinstance(3, object))
