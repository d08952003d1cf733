x = "global"
def outer():
    x = "outer"
    def use_global():
        global x
        x = "global changed"
    def use_nonlocal():
        nonlocal x
        x = "outer changed"
    use_global()
    print("after global:", x)
    use_nonlocal()
    print("after nonlocal:", x)
outer()
print("module:", x)
def reads_global():
    return x
print(reads_global())
