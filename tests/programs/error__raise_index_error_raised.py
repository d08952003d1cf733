print("before")
raise IndexError("custom index")
print("after")
