def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print("RecursionError:", e)
print(issubclass(RecursionError, RuntimeError))
def count(n):
    return 0 if n == 0 else 1 + count(n - 1)
print(count(200))
