print(sum([1, 2, 3]), sum([]), sum([1, 2], 10), sum([0.5, 0.25]), sum(range(5), start=100))
print(sum([[1], [2]], []))
print(abs(-3), abs(3.5), abs(-0.0), abs(True))
print(round(3.7), round(-3.7), round(2.5), round(3.14159, 3), round(5, 2), round(0.125, 2))
print(divmod(9, 4), divmod(-9, 4), divmod(9.5, 2))
print(pow(2, 5), pow(2.0, 3), pow(9, 0.5), pow(5, -1), pow(3, 3, 7), pow(10, 100, 7))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
