import math
print(math.floor(1e20), math.ceil(-1e20), math.floor(2 ** 70), math.ceil(7))
print(math.floor(-0.0), math.ceil(0.2), math.floor(True))
print(math.sqrt(2 ** 60), math.sqrt(10 ** 20))
print(math.gcd(10 ** 20, 10 ** 15 * 3), math.gcd(0, 0), math.gcd(7, 0))
print(math.isclose(1e10, 1e10 + 1), math.isclose(100, 101, abs_tol=1))
print(math.inf == float("inf"), math.pi * 2)
try:
    math.floor(math.inf)
except OverflowError as e:
    print("OverflowError:", e)
