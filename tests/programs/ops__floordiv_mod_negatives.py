for a in [7, -7]:
    for b in [2, -2]:
        print(a, b, a // b, a % b, divmod(a, b))
print(-7.5 // 2, -7.5 % 2)
print(7.5 // -2, 7.5 % -2)
print(-1 % 10, 1 % -10, -0.0 % 5)
print(5 % 3.0, -5 % 3.0)
print(-9 // 4, 9 // -4)
