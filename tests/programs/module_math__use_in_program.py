import math
def hypot(a, b):
    return math.sqrt(a * a + b * b)
def is_prime(n):
    if n < 2:
        return False
    for d in range(2, math.floor(math.sqrt(n)) + 1):
        if n % d == 0:
            return False
    return True
print(hypot(3, 4), hypot(1, 1))
print([n for n in range(50) if is_prime(n)])
def lcm(a, b):
    return a * b // math.gcd(a, b)
print(lcm(4, 6), lcm(21, 6))
print(f"{math.pi:.5f} {math.ceil(math.pi * 100) / 100}")
