data = ["1", "x"]
print({k: int(k) for k in data})
