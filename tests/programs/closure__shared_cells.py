def pair():
    value = 0
    def get():
        return value
    def set_(v):
        nonlocal value
        value = v
    return get, set_
get, set_ = pair()
print(get())
set_(42)
print(get())
g2, s2 = pair()
print(g2(), get())
def nested():
    a = 1
    def level1():
        def level2():
            nonlocal a
            a += 10
            return a
        return level2()
    r = level1()
    return r, a
print(nested())
