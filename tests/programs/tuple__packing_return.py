def minmax(xs):
    return min(xs), max(xs)
lo, hi = minmax([4, 9, 1])
print(lo, hi, minmax([5]))
def triple():
    return 1, 2, 3
r = triple()
print(r, type(r).__name__)
x, y = 1, 2
x, y = y, x
print(x, y)
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a + b)
