a = 1; b = 2; c = a + b
print(a, b, c)
if c: print("yes")
for i in range(3): print(i, end=" ")
print()
while a < 4: a += 1
print(a)
def f(x): return x * 2
print(f(21))
class K: v = 7
print(K.v)
