print(list(zip([1, 2, 3], "abc")))
print(list(zip([1, 2, 3], "ab")))
print(list(zip()), list(zip([1])))
print(list(zip(range(3), range(10, 13), range(20, 23))))
names = ["a", "b"]
ages = [30, 40]
print(dict(zip(names, ages)))
pairs = [(1, "x"), (2, "y")]
nums, lets = zip(*pairs)
print(nums, lets)
