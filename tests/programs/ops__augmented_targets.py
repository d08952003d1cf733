class C:
    def __init__(self):
        self.n = 1
c = C()
c.n += 41
print(c.n)
d = {"a": 1}
d["a"] += 1
d["a"] *= 10
print(d)
xs = [1, 2, 3]
xs[0] -= 5
xs[-1] **= 2
print(xs)
grid = [[0, 0], [0, 0]]
grid[1][0] += 7
print(grid)
calls = []
def key():
    calls.append("k")
    return "a"
d[key()] += 1
print(d, calls)
