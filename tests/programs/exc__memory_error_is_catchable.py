# MemoryError is an ordinary Exception subclass: except catches it, its message is empty.
try:
    'x' * 10**12
except MemoryError as e:
    print('caught', repr(e), str(e) == '', e.args)
try:
    [0] * 10**12
except Exception as e:
    print('as Exception:', type(e).__name__)
print(MemoryError.__mro__)
print(issubclass(MemoryError, Exception), isinstance(MemoryError(), BaseException))
try:
    raise MemoryError('custom')
except MemoryError as e:
    print(repr(e))
