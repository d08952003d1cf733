# Floats have no bitwise operators; the TypeError names each operand's own type, in order.
cases = [
    lambda: 7.5 << 3,
    lambda: 3 >> 1.0,
    lambda: 3 | 2.5,
    lambda: 2.5 & True,
    lambda: 1.0 ^ 1.0,
    lambda: 2 @ 1.5,
]
for case in cases:
    try:
        case()
    except TypeError as e:
        print(e)
x = 1.5
try:
    x <<= 2
except TypeError as e:
    print(e)
try:
    y = 2
    y |= 0.5
except TypeError as e:
    print(e)
