# A UTF-8 byte order mark at the start of a file is accepted.
x = "café"
print(x, len(x))
print("bom" if True else "no")
