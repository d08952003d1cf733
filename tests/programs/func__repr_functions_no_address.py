def job():
    pass
r = repr(job)
print(r.startswith("<function job at 0x"), r.endswith(">"), str(job) == r)
l = lambda: 0
print(repr(l).startswith("<function <lambda> at 0x"))
class C:
    def m(self):
        pass
print(repr(C.m).startswith("<function C.m at 0x"))
print(repr(C().m).startswith("<bound method C.m of <__main__.C object at 0x"))
print(repr(len), repr(print))
import math
print(repr(math.sqrt), repr(math).startswith("<module 'math'"))
