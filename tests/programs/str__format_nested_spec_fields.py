# Replacement fields inside a format spec share the arguments and the automatic numbering of
# the whole template, one level deep, as in CPython.
print('[{:{}}]'.format(1, 5), '[{0:>{1}}]'.format('a', 4), '[{:{w}.{p}f}]'.format(3.14159, w=8, p=2))
print('[{:{}}|{:{}}]'.format('x', 3, 'y', 4), '[{:*^{}}]'.format('mid', 9))
try:
    print('{:{:{}}}'.format(1, 2, 3))
except ValueError as e:
    print(e)
try:
    print('{:{}}'.format(1, 10**12))
except MemoryError:
    print("MemoryError")
