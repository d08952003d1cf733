print("group")
raise ExceptionGroup("many problems", [ValueError("v"), KeyError("k")])
