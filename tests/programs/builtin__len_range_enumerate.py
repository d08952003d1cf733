print(len("abc"), len([1, 2]), len((1,)), len({"a": 1}), len({1, 2, 3}), len(range(7)))
print(list(enumerate("abc")))
print(list(enumerate(["x", "y"], start=1)))
print(list(enumerate([], 5)), list(enumerate("z", -1)))
for i, ch in enumerate("hey", 10):
    print(i, ch)
