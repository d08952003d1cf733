s = "abcdefghij"
print(s[0], s[-1], s[3:6], s[:3], s[7:], s[-3:])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-2])
print(s[-100:100], repr(s[5:2]), repr(s[10:]))
print(s[2:-2], s[-4:-1], s[:-7])
print(s[::3], s[-1:-5:-1])
print(s[slice(1, 4)], s[slice(None, None, -3)])
