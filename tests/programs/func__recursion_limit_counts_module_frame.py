# The module's frame counts against the recursion limit, as in CPython: a function can
# nest 999 deep under the default limit of 1000, and 199 under 200.
import sys
depth = 0
def down(n):
    global depth
    depth = n
    down(n + 1)
try:
    down(1)
except RecursionError:
    print("deepest", depth)
sys.setrecursionlimit(200)
try:
    down(1)
except RecursionError:
    print("deepest", depth)
class A:
    def m(self, n):
        return self.m(n + 1)
try:
    A().m(0)
except RecursionError as e:
    print(e)
