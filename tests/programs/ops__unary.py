x = 5
print(-x, +x, ~x, not x)
print(-(-x), ~~x, not not x)
print(-3.5, +3.5, -0.0, -True, +False, ~True)
y = -2 ** 2
print(y)
