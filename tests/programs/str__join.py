words = ["alpha", "beta", "gamma"]
print(", ".join(words))
print("".join(words))
print("-".join("abc"))
print(" ".join(str(i) for i in range(5)))
print("|".join([]))
print("\n".join(["x", "y"]))
print(", ".join(sorted({"b", "a", "c"})))
try:
    ",".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
