class A:
    "d"
class B(A): pass
print(A.__doc__, B.__doc__, A().__doc__)
def f():
    "fd"
print(f.__doc__)
