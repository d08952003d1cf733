print((255).bit_count(), (-7).bit_count(), (2**100 - 1).bit_count(), True.bit_count(), (6).as_integer_ratio(), True.as_integer_ratio(), (-2**70).as_integer_ratio())
for x in [0.5, -0.1, 3.0, 1e300, 5e-324, 0.0, -0.0, 1.7976931348623157e308, 2.5e-310]:
    print(x.as_integer_ratio(), x.hex(), float.fromhex(x.hex()) == x)
print(float('inf').hex(), float('nan').hex(), float.fromhex('0x1.8p1'), float.fromhex('-0x.8'), float.fromhex('  0X1P-1074 '), float.fromhex('inf'), float.fromhex('-Infinity'), float.fromhex('0x1p-1075'), float.fromhex('0x3p-1076'), float.fromhex('1a'), float.fromhex('0x1.fffffffffffff8p1023') if False else 0)
for bad in [lambda: float('nan').as_integer_ratio(), lambda: float('inf').as_integer_ratio(), lambda: float.fromhex('0x1p2000'), lambda: float.fromhex('xyz'), lambda: float.fromhex('0x'), lambda: float.fromhex(1)]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
