# sys.setrecursionlimit refuses a limit at or below the current depth, as CPython does
# (which counts the module's frame and the call itself).
import sys
for n in (1, 2):
    try:
        sys.setrecursionlimit(n)
        print("ok", n)
    except RecursionError as e:
        print(e)
sys.setrecursionlimit(1000)
def g(k):
    if k:
        return g(k - 1)
    for n in (40, 53, 54, 55, 100):
        try:
            sys.setrecursionlimit(n)
            print("ok", n, sys.getrecursionlimit())
        except RecursionError as e:
            print(e)
        sys.setrecursionlimit(1000)
g(50)
