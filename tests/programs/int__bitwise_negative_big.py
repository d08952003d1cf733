a = -(2 ** 65) + 12345
b = 2 ** 64 - 1
print(a & b, a | b, a ^ b, ~a)
print(a >> 10, a << 5, -1 & b == b)
print(bin(-2 ** 70 & 0xFF), hex(a & 0xFFFFFFFF))
print((-7) >> 1, -7 // 2, (-8) >> 3)
