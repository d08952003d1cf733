def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
print(fact(20))
print(fact(50))
print(fact(50) // fact(48))
print(fact(30) % 1000007)
def rfact(n):
    return 1 if n <= 1 else n * rfact(n - 1)
print(rfact(25) == fact(25))
