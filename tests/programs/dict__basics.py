d = {"b": 2, "a": 1}
d["c"] = 3
d["b"] = 20
print(d, len(d), d["a"])
print("a" in d, "z" in d, 1 in d)
del d["a"]
print(d)
d["a"] = 0
print(list(d), list(d.keys()), list(d.values()), list(d.items()))
print(dict(), dict(x=1, y=2), dict([("k", "v")]), dict({"q": 1}, r=2))
print({1: "int", 1.0: "float", True: "bool"})
print({(1, 2): "tuple key", None: "none key"})
