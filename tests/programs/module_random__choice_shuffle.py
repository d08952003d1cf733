import random
random.seed(123)
items = ["apple", "banana", "cherry", "date", "elder"]
print([random.choice(items) for _ in range(6)])
deck = list(range(10))
random.shuffle(deck)
print(deck)
random.shuffle(deck)
print(deck)
print(random.choice("xyz"), random.choice(range(100)))
random.seed(123)
print(random.choice(items))
