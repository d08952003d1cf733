# a comment line
def todo():
    ...

class Empty:
    pass

print(todo())     # None
print(...)
print(Ellipsis is ...)
print(type(Empty()).__name__)
x = 5  # trailing
print(x)  # done
