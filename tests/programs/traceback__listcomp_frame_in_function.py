# An error in a list comprehension's element: the <listcomp> frame sits between the
# function and the call that failed.
def boom(x):
    return 10 // x


def nested():
    return [boom(x) for x in [2, 0]]


nested()
