# A caught error keeps the comprehension's frame in its traceback, shown when re-raised.
def boom(x):
    return 10 // x


try:
    total = sum([boom(x) for x in [5, 0]])
except ZeroDivisionError as e:
    print("caught:", e)
    raise
