import math
print(math.sqrt(16), math.sqrt(2), math.sqrt(0.25))
print(math.floor(3.7), math.floor(-3.2), math.ceil(3.2), math.ceil(-3.7), math.floor(5))
print(type(math.floor(2.5)).__name__, type(math.sqrt(4)).__name__)
print(math.pi, math.inf, -math.inf, math.inf > 10 ** 300)
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(-4, 6), math.gcd(2 ** 40, 6 ** 20))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1.0, 1.1), math.isclose(1.0, 1.05, rel_tol=0.1))
print(math.isclose(0.0, 1e-12), math.isclose(0.0, 1e-12, abs_tol=1e-9))
print(round(math.pi, 4), f"{math.pi:.10f}")
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
