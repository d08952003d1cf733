print("before")
raise ValueError
print("after")
