d = {"x": 1}
print(d.get("x"), d.get("y"), d.get("y", 0))
print(d.setdefault("y", 5), d.setdefault("x", 99), d)
d.update({"z": 3}, w=4); print(d)
d.update([("x", 100)]); print(d)
print(d.pop("z"), d.pop("missing", "dflt"), d)
c = d.copy(); c["new"] = 1
print(d, c)
print(d.popitem(), d)
c.clear(); print(c)
print(dict.fromkeys("ab", 0))
print(d.keys(), d.values(), d.items())
