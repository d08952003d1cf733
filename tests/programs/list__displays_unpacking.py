a = [1, 2]
b = (3, 4)
print([*a, *b])
print([0, *a, 5, *range(6, 8), *"xy"])
print([*a] is a, [*a] == a)
print([[]] * 2, [*[], *[]])
nested = [[1, 2], [3, [4, 5]]]
print(nested[1][1][0], len(nested))
