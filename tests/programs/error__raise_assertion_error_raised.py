print("before")
raise AssertionError("custom assertion")
print("after")
