# Powers and rounding at the edges: 0.0 ** -inf, 0/1/-1 to huge powers, ndigits beyond
# 64 bits (clamped, as CPython clamps them), modular inverses and pow(.., .., None).
print(0.0 ** float('-inf'), (-0.0) ** float('-inf'))
print(1 ** (1 << 65), (-1) ** (1 << 65), (-1) ** ((1 << 65) + 1), 0 ** (1 << 65))
print(round(2.5, 2**63), round(2.5, -2**63), round(7, 2**63))
print(pow(3, -1, 7), pow(2, 3, None), pow(38, -1, 97))
for bad in [(2, -1, 4), (3, -1, 0)]:
    try:
        print(pow(*bad))
    except ValueError as e:
        print(e)
