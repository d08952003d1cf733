# s = s + t and s += t on a local str: appended in place when nothing else refers to the
# str, and never visible: other names, dict keys and lists keep their old value.
s = ""
for i in range(5):
    s = s + str(i)
print(s)
t = s
s = s + "x"
print(s, t)
s += "y"
print(s, t)
u = s
s += s
print(s, u)
d = {s: 1}
s = s + "z"
print(s, d)
def f():
    a = "é"
    for i in range(3):
        a = a + "b"
        a += "é"
    print(a, len(a), a[3], hash(a) == hash("ébébébé"))
    try:
        a = a + 1
    except TypeError as e:
        print(e)
    try:
        a += 1
    except TypeError as e:
        print(e)
    class R:
        def __radd__(self, other):
            return "radd:" + other
    a = a + R()
    print(a)
    lst = []
    b = "q"
    for i in range(3):
        lst.append(b)
        b = b + "!"
    print(lst, b)
f()


def walrus():
    # A `:=` on the right may rebind the name first: the old value is still the left.
    s = "ab"
    s = s + (s := "x")
    print(s)
    s = "ab"
    s += (s := "xy")
    print(s)
    s = "ab"
    s = s + "".join([(s := c) for c in "pq"])
    print(s)


walrus()
