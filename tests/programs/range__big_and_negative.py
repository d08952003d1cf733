r = range(-10, 10, 7)
print(list(r), len(r), -3 in r, -4 in r)
big = range(0, 10 ** 20, 3)
print(big[-1], big[5], 10 ** 19 in big, 3 * 10 ** 18 in big)
print(list(range(-1, -8, -2)), range(-1, -8, -2)[2])
for i in range(3, -1, -1):
    print(i, end=" ")
print()
