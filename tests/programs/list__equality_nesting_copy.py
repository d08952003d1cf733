a = [1, [2, 3]]
b = a.copy()
c = a[:]
d = list(a)
b[1].append(4)
print(a, b, c, d)
print(a == b, a is b, a[1] is b[1])
e = [1, 2]
e.append(e)
print(e)
print([1, 2] != [2, 1], [] == [], [[]] == [[]])
