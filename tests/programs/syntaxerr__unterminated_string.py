print("before")
s = "no end
print(s)
