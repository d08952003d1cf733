# round(int, -places) near the point where the result becomes 0: 10**places against 2*|x|.
for x in [5, -5, 15, -15, 25, 49, 50, 51, -50, 2**63 - 1, -2**63, 2**64, -2**64, 10**20]:
    print(x, [round(x, -p) for p in (1, 2, 3, 18, 19, 20, 21, 63, 64, 65, 70, 400)])
print(round(True, -1), round(0, -2**20))
