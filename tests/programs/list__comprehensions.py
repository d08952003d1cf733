print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[i * j for j in range(1, 4)] for i in range(1, 4)])
matrix = [[1, 2, 3], [4, 5, 6]]
print([row[i] for i in range(3) for row in matrix])
print([[row[i] for row in matrix] for i in range(3)])
print([c.upper() for c in "abc" if c != "b"])
x = "outer"
print([x for x in "ab"], x)
print([a + b for a, b in zip([1, 2], [10, 20])])
print([v if v > 0 else 0 for v in [-1, 2, -3, 4]])
