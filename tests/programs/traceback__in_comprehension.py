data = ["1", "2", "x"]
nums = [int(d) for d in data]
