x = 5
print(1 < x < 10)
print(1 < x > 10)
print(1 < 2 < 3 < 4 > 3)
print(1 == 1 != 2)
print(3 > 2 > 2)
def v(n):
    print("v", n)
    return n
print(v(1) < v(0) < v(5))
print(v(1) < v(2) < v(3))
print("a" < "b" <= "b" < "c")
print(1 < 2.5 < 3)
