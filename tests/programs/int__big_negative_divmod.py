a = -(10 ** 25) - 7
b = 10 ** 12 + 3
print(a // b, a % b)
print(divmod(a, b))
print(divmod(-a, -b))
print(a // -b, a % -b)
print((2 ** 100) // 7, (2 ** 100) % 7)
print(-(2 ** 100) // 7, -(2 ** 100) % 7)
print(abs(a), -a)
