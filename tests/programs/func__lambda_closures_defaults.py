adders = [lambda x: x + i for i in range(3)]
print([f(10) for f in adders])
adders2 = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in adders2])
key = lambda pair: pair[1]
print(sorted([("a", 3), ("b", 1), ("c", 2)], key=key))
print(list(map(lambda x: x ** 2, [1, 2, 3])))
print(list(filter(lambda s: s.startswith("a"), ["ab", "ba", "ac"])))
