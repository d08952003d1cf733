r = range(2**70, 2**70 + 3)
print(list(r))
print([x - 2**64 for x in range(2**64, 2**64 + 6, 2)])
for i in range(2**63 - 1, 2**63 + 2):
    print(i)
print(type(iter(r)).__name__, sum(range(10**20, 10**20 + 4)))
