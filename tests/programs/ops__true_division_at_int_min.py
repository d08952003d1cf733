# True division of ints at the edge of the machine word: -2**63 has no positive counterpart
# in 64 bits, so its magnitude must not be taken as a signed 64-bit value.
m = -2**63
print(m / 10**18)
print(m / 8, m / -1, m / 3)
print(1 / m, 10**18 / m, m / m)
print(int(m / 1))
print((m + 1) / 2, (-2**53) / 3, 2**53 / -3)
