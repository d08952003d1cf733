print(chr(65), chr(97), chr(0x263A), chr(8364))
print(ord("A"), ord("a"), ord("€"), ord("\n"))
print(hex(0), hex(255), hex(-1), hex(2 ** 40))
print(bin(0), bin(10), bin(-10), oct(0), oct(64), oct(-8))
print(int(hex(1234), 16), int(bin(77), 2), int(oct(99), 8))
print("".join(chr(ord(c) + 1) for c in "HAL"))
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
