print("before")
raise AttributeError("custom attribute message")
print("after")
