# printf-style formatting: `*` takes the width or precision from the arguments (a negative
# width left-justifies), %c takes an int code point or a one-character str, %a escapes.
print('[%*d]' % (5, 42), '[%-*d]' % (5, 42), '[%*d]' % (-5, 42))
print('[%.*f]' % (2, 3.14159), '[%*.*f]' % (8, 3, 2.5), '[%0*d]' % (6, -7))
print('[%c%c%3c%-3c]' % (72, 'i', 'x', 65))
print('%a %a %5a' % ('é', 'x\n', 1))
print('%(n)s %%' % {'n': 1})
for bad in [("%c", 0x110000), ("%c", -1), ("%c", "ab"), ("%*d", ("x", 1)), ("%*d", (5,))]:
    try:
        print(bad[0] % bad[1])
    except (OverflowError, TypeError) as e:
        print(type(e).__name__, e)
print('[%5s][%5r][%-5s][%05s][%+5s]' % ('x', 'x', 'x', 'x', 'y'))
