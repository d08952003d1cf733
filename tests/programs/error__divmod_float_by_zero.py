# divmod with a float operand and a zero divisor names itself, as CPython's float_divmod does.
for a, b in [(1, 0), (7, 0.0), (1.0, 0)]:
    try:
        divmod(a, b)
    except ZeroDivisionError as e:
        print(e)
divmod(1.0, 0.0)
