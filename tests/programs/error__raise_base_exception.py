print("before")
raise BaseException("base")
print("after")
