def f(:
    pass
x = = 1
class C
    pass
