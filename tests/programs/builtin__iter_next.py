it = iter([10, 20, 30])
print(next(it))
for x in it:
    print("rest", x)
print(next(it, "exhausted"))
d = {"a": 1, "b": 2}
di = iter(d)
print(next(di), next(di), next(di, None))
ti = iter((1,))
print(list(ti), list(ti))
ri = iter(range(2, 4))
print(next(ri), next(ri), next(ri, -1))
print(iter(it) is it)
