n = 0
while n < 5:
    n += 1
    if n == 3:
        continue
    print("n", n)
else:
    print("while finished normally")
m = 0
while True:
    m += 1
    if m > 2:
        break
else:
    print("never printed")
print("m", m)
k = 10
while k < 5:
    print("no")
else:
    print("else runs even with zero iterations")
