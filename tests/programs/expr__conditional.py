for x in [-1, 0, 1]:
    print("neg" if x < 0 else "zero" if x == 0 else "pos")
a = 1 if True else 1 / 0
print(a)
b = (lambda: "L")() if [] else "empty"
print(b)
print([("even" if i % 2 == 0 else "odd") for i in range(4)])
