import random
random.seed(42)
print([random.random() for _ in range(3)])
print([random.randint(1, 6) for _ in range(10)])
random.seed(42)
print(random.random())
random.seed(0)
print(random.uniform(1, 10), random.uniform(-5, 5))
print(random.randint(0, 100), random.randint(-10, 10), random.randint(1, 10 ** 12))
