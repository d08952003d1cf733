print("before")
raise KeyError("some key")
print("after")
