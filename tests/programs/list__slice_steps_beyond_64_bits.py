def chk(fn):
    try:
        print(repr(fn()))
    except Exception as e:
        print(type(e).__name__, e)
B = 1 << 70
for s in ([1,2,3], (1,2,3), 'abc', range(1,4)):
    chk(lambda: s[::B])
    chk(lambda: s[::-B])
    chk(lambda: s[B::-B])
    chk(lambda: s[-B:B:B])
    chk(lambda: s[1::B])
def sa():
    l = [1,2,3]; l[::B] = [9]; return l
chk(sa)
def sa2():
    l = [1,2,3]; l[::-B] = [9]; return l
chk(sa2)
def sd():
    l = [1,2,3]; del l[::B]; return l
chk(sd)
def sd2():
    l = [1,2,3]; del l[::-B]; return l
chk(sd2)
chk(lambda: slice(0, 10, B).indices(5))
chk(lambda: slice(0, 10, -B).indices(5))
chk(lambda: [1, 2, 3][::-(1 << 63)])
chk(lambda: 'abc'[-B::B])
