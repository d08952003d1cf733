import random
random.seed(5)
print(random.randint(3, 3), random.choice([42]), random.uniform(2, 1) <= 2)
try:
    random.choice([])
except IndexError as e:
    print("IndexError:", e)
try:
    random.randint(5, 3)
except ValueError as e:
    print("ValueError:", e)
xs = []
random.shuffle(xs)
print(xs)
one = [1]
random.shuffle(one)
print(one, random.random() < 1.0)
