# map, filter, zip, enumerate and reversed are classes, as in CPython.
for cls in (map, filter, zip, enumerate, reversed):
    print(repr(cls), cls.__name__, type(cls).__name__, cls.__module__, callable(cls))

m = map(abs, [-1, -2])
print(isinstance(m, map), type(m) is map, type(m).__name__, list(m), type(m) is map)
f = filter(None, [0, 1, 2])
print(isinstance(f, filter), type(f) is filter, list(f))
z = zip("ab", [1, 2])
print(isinstance(z, zip), type(z) is zip, list(z), type(z) is zip, list(z))
e = enumerate("xy", 1)
print(isinstance(e, enumerate), type(e) is enumerate, list(e))
r = reversed("abc")
print(isinstance(r, reversed), type(r) is reversed, list(r))
print(type(reversed([1, 2])).__name__, type(reversed(range(3))).__name__)
print(isinstance(reversed([1]), reversed))
print(type(zip([])) is zip, type(map(len, [])) is map)
print(isinstance(m, (zip, map)), issubclass(map, object), map.__mro__)
print(type(iter([])), type(iter(())), type(iter("")), type(iter({})), type(iter(range(2))))
print(type(iter(set())), type(iter({}.values())), type(iter({}.items())))
print(type(iter(lambda: 1, 1)).__name__)
print(zip.__qualname__, map == map, map is not filter)
try:
    type(iter([]))()
except TypeError as e:
    print(type(e).__name__, e)
for call in (lambda: map(), lambda: map(len), lambda: filter(), lambda: zip(x=1), lambda: reversed(),
             lambda: enumerate(), lambda: map(func=len), lambda: reversed(1), lambda: zip(1)):
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
it = iter(lambda: 5, 5)
print(list(it), type(it).__name__)
exhausted = zip([1], [])
print(list(exhausted), type(exhausted).__name__)
print(sorted(map(str, range(3)), reverse=True), list(zip(*[[1, 2], [3, 4]])))
