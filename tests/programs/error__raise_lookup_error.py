print("before")
raise LookupError("lookup")
print("after")
