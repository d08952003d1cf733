# sample and choices index a sequence in place (len and [i]), as CPython does: a range of
# 10**18 numbers is never built, and the picks are those of CPython's generator.
import random

random.seed(12345)
print(random.sample(range(10**18), 3))
print(random.choices(range(10**18), k=3))
print(random.sample("abcdefgh", 4), random.sample((1, 2, 3), 3))
print(random.choices([10, 20, 30], k=4), random.choice(range(-10**17, 10**17)))
try:
    random.sample(range(3), 5)
except ValueError as e:
    print(e)
