print(2 ** 100)
print(2 ** 100 - 1)
print(-(2 ** 100))
print(10 ** 30 + 1)
print(3 ** 200)
x = 2 ** 64
print(x * x, x + x, x - 1)
print(len(str(2 ** 1000)))
