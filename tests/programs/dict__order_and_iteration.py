d = {}
for k in ["zeta", "alpha", "mid"]:
    d[k] = len(k)
for k in d:
    print(k, d[k])
for k, v in d.items():
    print(f"{k}={v}")
d["alpha"] = 0
print(list(d))
del d["zeta"]
d["zeta"] = 9
print(list(d))
print(sorted(d), sorted(d.items(), key=lambda kv: kv[1]))
try:
    for k in d:
        d["boom"] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
