name = "café"
if name == "café" print(name)
