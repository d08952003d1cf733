it = iter([1, 2])
print(next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e), e.args)
d = iter({"a": 1})
print(next(d))
s = iter("xy")
print(next(s), next(s), next(s, "end"))
