# Search bounds beyond the machine's integers are clamped, as CPython clamps them to
# Py_ssize_t: find, count, index, startswith, endswith, list.index and tuple.index.
print('abc'.find('c', -10**20, 10**20), 'abc'.count('a', -2**70), 'abcabc'.index('c', 3))
try:
    [].index(1, 10**20)
except ValueError as e:
    print(e)
print([1, 2, 3].index(3, -10**30, 10**30), (1, 2).index(2, 0, 2**100))
print('abc'.startswith('b', 1, 10**40), 'abc'.endswith('c', -10**40), 'abc'.rfind('a', 0, 2**64))
