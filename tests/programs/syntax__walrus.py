data = [1, 5, 12, 3, 20]
if (n := len(data)) > 3:
    print("long list", n)
big = [y for x in data if (y := x * 2) > 10]
print(big)
i = 0
while (i := i + 1) < 4:
    print("i", i)
print(i)
print((z := 7) + z)
def f():
    if (w := 10) > 5:
        return w
print(f())
