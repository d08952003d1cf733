print("before")
raise ValueError("boom")
print("after")
