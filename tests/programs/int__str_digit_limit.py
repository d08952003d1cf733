# CPython 3.11 refuses to turn an int of more than 4300 digits into text (str, repr, format,
# f-strings, %d): the conversion is quadratic.
big = 10**4300
for convert in [str, repr, lambda n: f"{n}", lambda n: "%d" % n, lambda n: format(n, ","), lambda n: str(-n), lambda n: str([n])]:
    try:
        convert(big)
    except ValueError as e:
        print(e)
print(len(str(10**4300 - 1)), len(str(-(10**4300 - 1))), len(hex(big)))
print(str(10**4299)[:3])
