print("before")
raise TimeoutError("too slow")
print("after")
