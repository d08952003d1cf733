print("before")
raise RecursionError("custom recursion")
print("after")
