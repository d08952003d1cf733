# A comprehension inside a comprehension: two <listcomp> frames.
def boom(x):
    return 10 // x


grid = [[boom(y) for y in range(x, -1, -1)] for x in [2, 1]]
