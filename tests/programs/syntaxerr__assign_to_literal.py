print("before")
1 = x
