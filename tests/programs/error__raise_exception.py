print("before")
raise Exception("plain exception")
print("after")
