class A: pass
class B(A): pass
class C(B): pass
c = C()
print(isinstance(c, A), isinstance(c, (int, B)), isinstance(c, int))
print(issubclass(C, A), issubclass(A, C), issubclass(C, C), issubclass(B, (int, A)))
print(isinstance(3, int), isinstance(3.0, (int, float)), isinstance("s", str), isinstance(True, int))
print(isinstance([], list), isinstance((), tuple), isinstance({}, dict), isinstance(None, type(None)))
print(isinstance(A, type), isinstance(c, object), issubclass(bool, object))
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError))
