print(min(3, 1, 2), max(3, 1, 2), min([5, 4]), max("abc"))
print(min(["apple", "fig", "banana"], key=len), max(["apple", "fig", "banana"], key=len))
print(min([], default="empty"), max([], default=None))
print(max([1, 3, 3, 2], key=lambda x: x % 3))
print(max({"a": 3, "b": 7}, key={"a": 3, "b": 7}.get))
print(min((1, "b"), (1, "a")), max(1, 2.5, True))
try:
    min([])
except ValueError as e:
    print("ValueError:", e)
try:
    max(1)
except TypeError as e:
    print("TypeError:", e)
