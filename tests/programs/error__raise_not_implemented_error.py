print("before")
raise NotImplementedError("todo")
print("after")
