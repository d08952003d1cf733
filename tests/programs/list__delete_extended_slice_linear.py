# Deleting an extended slice is one pass over the list: a million items in well under a second
# (removing them one by one shifts the tail each time and takes minutes).
a = list(range(1_000_000))
del a[::2]
print(len(a), a[:5], a[-3:])
b = list(range(20))
del b[::-3]
print(b)
c = list(range(10))
del c[1::2**63 - 1]
print(c)
del c[::-1]
print(c)
d = list(range(300_000))
del d[1:250_000]
print(len(d), d[:3])
e = list(range(10))
del e[8:2:-2]
print(e)
