print("before")
raise TypeError("wrong type")
print("after")
