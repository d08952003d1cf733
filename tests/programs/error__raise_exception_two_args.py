print("before")
raise ValueError("a", 1)
print("after")
