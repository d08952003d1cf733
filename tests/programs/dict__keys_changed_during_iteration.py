def chk(fn):
    try:
        print(repr(fn()))
    except Exception as e:
        print(type(e).__name__, e)
def mut():
    d = {1: 1, 2: 2}
    for k in d:
        d[k] = d.pop(k)
chk(mut)
def mut2():
    d = {1: 1, 2: 2}
    for k in d.values():
        d[1] = d.pop(1)
chk(mut2)
def mut3():
    d = {1: 1, 2: 2}
    for k in d.items():
        d[3] = 3; del d[3]
chk(mut3)
def mut4():
    d = {1: 1}
    for k in d:
        d[2] = 2
chk(mut4)
def mut5():
    d = {1: 1, 2: 2}
    it = iter(d)
    next(it)
    d[3] = d.pop(1)
    d[4] = d.pop(2)
    for _ in range(2):
        try:
            print(next(it))
        except Exception as e:
            print(type(e).__name__, e)
chk(mut5)
