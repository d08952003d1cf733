print(dict(a=1, b=2), dict([["x", 1], ("y", 2)]), dict(zip("ab", "cd")))
print(list(map(len, ["a", "bb"])), list({"z": 0, "y": 1}.values()))
print(set("mississippi") == {"m", "i", "s", "p"}, sorted(set("mississippi")))
print(tuple(x for x in range(3)), list(enumerate("ab")))
print(frozenset([1, 2]) == {1, 2}, len(frozenset("abcabc")))
try:
    dict([1, 2])
except TypeError as e:
    print("TypeError:", e)
