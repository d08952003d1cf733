# printf-style integer conversions: precision is a minimum digit count, # adds 0o/0x, 0 pads
# after sign and prefix, and the type errors name the conversion.
print('%.3d|%#06x|%5.2d|%-6.3x|%+.2d|% d|%05d|%-05d|%#o|%#X|%x' % (5, 18, 7, 255, 3, 4, -42, 9, 8, 255, -255))
print('%d %i %u' % (3.9, -2.5, True), '%c' % True == '\x01', '%05.3d' % 7, '%3d' % 10**30)
for bad in [('%x', 3.0), ('%d', 'a'), ('%o', [1])]:
    try:
        print(bad[0] % bad[1])
    except TypeError as e:
        print(e)
