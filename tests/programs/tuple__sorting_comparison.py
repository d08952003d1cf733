records = [("bob", 25, 3.5), ("amy", 30, 4.0), ("bob", 20, 3.9), ("cat", 25, 3.5)]
print(sorted(records))
print(sorted(records, key=lambda r: (r[1], r[0])))
print(sorted(records, key=lambda r: (-r[2], r[0])))
print(max(records), min(records, key=lambda r: r[1]))
print((1, 2) == (1, 2), (1, 2) != (1, 2.0), (1,) < (1, 0), () < (0,))
try:
    (1, "a") < (1, 2)
except TypeError as e:
    print("TypeError:", e)
