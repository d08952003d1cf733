def inner(n):
    return n / 0

def outer(n):
    return inner(n) + 1

outer(5)
undefined_name
total = 10
[1, 2][5]
{'a': 1}['b']
try:
    int('x')
except ValueError as e:
    raise RuntimeError('wrapped') from e

total
class Point:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'Point({self.x})'

p = Point(3)
p
p.y
Point(4)
raise KeyboardInterrupt
'still here'
import sys; sys.exit(3)
'never'
