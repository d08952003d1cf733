import random
random.seed(2 ** 70 + 12345)
print(random.random())
random.seed(-5)
print(random.random())
random.seed(99)
print([random.randint(0, 1) for _ in range(20)])
print([random.randint(1, 2 ** 40) for _ in range(3)])
print(random.uniform(10, 10))
