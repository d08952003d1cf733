for i in range(3):
    pass
print(i)
for j in []:
    pass
try:
    print(j)
except NameError as e:
    print("NameError:", e)
total = 0
for k, v in {"a": 1, "b": 2}.items():
    total += v
print(k, v, total)
