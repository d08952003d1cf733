for i in range(5):
    print("line", i)
print("partial", end="")
raise ValueError("after output")
