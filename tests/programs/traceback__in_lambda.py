transform = lambda x: 10 / x
values = [5, 2, 0, 1]
print(list(map(transform, values)))
