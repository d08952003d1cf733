# IOError and EnvironmentError are OSError itself; the OSError subclasses CPython has exist.
print(IOError is OSError, EnvironmentError is OSError)
for cls in [ChildProcessError, IsADirectoryError, NotADirectoryError, ProcessLookupError]:
    print(cls.__name__, cls.__bases__, issubclass(cls, OSError))
try:
    raise IOError("disk")
except OSError as e:
    print(type(e).__name__, e)
try:
    raise NotADirectoryError("x")
except EnvironmentError as e:
    print(repr(e))
