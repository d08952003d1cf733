print(range(5), range(1, 5), range(0, 10, 2), range(5, 0, -1))
print(list(range(5)), list(range(2, 5)), list(range(0, 10, 3)))
print(list(range(5, 0, -1)), list(range(10, -5, -4)), list(range(3, 3)))
print(len(range(10)), len(range(0, 10, 3)), len(range(10, 0, -3)), len(range(5, 1)))
r = range(10, 30, 5)
print(r[0], r[-1], r[1:3], r[::-1], 15 in r, 16 in r, 30 in r)
print(r.start, r.stop, r.step, r.index(20), r.count(25))
print(range(3) == range(0, 3), sum(range(101)), list(reversed(range(4))))
try:
    range(0, 10, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(3)[5]
except IndexError as e:
    print("IndexError:", e)
