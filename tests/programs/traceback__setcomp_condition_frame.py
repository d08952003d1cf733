# An error in a set comprehension's condition is in the <setcomp> frame.
def keep(x):
    return 1 / x > 0


def positives(xs):
    return {x for x in xs if keep(x)}


print(positives([1, 2]))
positives([3, 0])
