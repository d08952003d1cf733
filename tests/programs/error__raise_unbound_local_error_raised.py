print("before")
raise UnboundLocalError("custom unbound")
print("after")
