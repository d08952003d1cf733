print("before")
raise NameError("custom name message")
print("after")
