a = {"x": 1, "y": 2}
b = {"y": 2, "x": 1}
print(a == b, list(a) == list(b))
ks = a.keys()
a["z"] = 3
print(ks, len(ks), "z" in ks)
print(3 in a.values(), ("x", 1) in a.items())
print(sum(a.values()), max(a, key=a.get))
