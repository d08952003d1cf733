print("before")
raise ZeroDivisionError("custom zero")
print("after")
