f = frozenset([1, 2, 2, 3])
print(len(f), sorted(f), 2 in f)
print(f == {1, 2, 3}, sorted(f | {9}), type(f | {9}).__name__)
d = {f: "frozen key"}
print(d[frozenset({3, 2, 1})])
print(frozenset(), type(f).__name__)
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
try:
    {{1}}
except TypeError as e:
    print("TypeError:", e)
