print("before")
raise RuntimeError("")
print("after")
