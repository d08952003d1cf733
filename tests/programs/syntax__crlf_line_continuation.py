# CRLF line ends: a backslash continues a line inside a string and outside one.
x = "ab\
cd"
print(x, len(x))
y = 'one \
two'
print(y)
total = 1 + \
    2 + \
    3
print(total)
s = """a
b\
c"""
print(repr(s))
r = r"""p
q"""
print(repr(r))
if total > 5:
    print("block")

    print("after blank")
def f(a,
      b):
    return a + \
        b
print(f(2, 3))
print(f"{x}-\
{y}")
