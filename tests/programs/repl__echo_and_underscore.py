1 + 2
_
_ * 10
None
print('printed, then None is not shown')
x = 7
x
'a string'
[1, 'two', (3,)]
1; 2; 3
for i in range(3): i

if x > 5:
    'big'
else:
    'small'

try:
    1 / 0
except ZeroDivisionError:
    'caught'

def f():
    42

f()
_
x == 7
{'k': [x, None]}
_ = 'mine'
99
_
del _
100
_
quit
