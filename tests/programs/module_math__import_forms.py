import math as m
from math import sqrt, pi
from math import floor as fl
print(m.sqrt(9), sqrt(81), pi == m.pi, fl(2.9))
print(type(m).__name__, m.__name__)
print(m.ceil(10 / 3) * 3)
area = pi * 2 ** 2
print(f"{area:.3f}")
print(m.floor(-0.5), m.ceil(-0.5))
