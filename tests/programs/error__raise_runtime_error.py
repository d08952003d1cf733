print("before")
raise RuntimeError("runtime problem")
print("after")
