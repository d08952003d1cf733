# bool is a subclass of int: its MRO, the int methods it inherits (giving ints where
# CPython gives ints), and that it cannot be subclassed.
print(True.bit_length(), (5).bit_length(), True.real, True.numerator, True.conjugate())
print(True.__add__(1), int.__add__(True, True), bool.__and__(True, False))
print(True.to_bytes if False else '', type(True + True), type(True & True), type(~True))
print(bool.__name__, bool.__qualname__, repr(bool), isinstance(False, int), isinstance(1, bool))
print(hash(True), True == 1, {True: 'a', 1: 'b'})
try:
    bool.__add__
    print(bool.__add__(True, 2))
except Exception as e:
    print(type(e).__name__, e)
try:
    class B(bool): pass
except TypeError as e:
    print(e)
print(True.__class__, True.__class__.__base__)
print(sorted([True, 0, 2, False]), max(True, 0.5), divmod(True, 2), True ** 10, -True, abs(True))
