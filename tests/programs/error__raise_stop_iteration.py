print("before")
raise StopIteration("stopped")
print("after")
