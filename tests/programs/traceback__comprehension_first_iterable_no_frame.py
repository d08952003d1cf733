# The first iterable is evaluated, and asked for its iterator, in the enclosing frame: an
# error there has no <listcomp> frame.
def numbers():
    return 10 // 0


def first():
    return [x for x in numbers()]


print([x for x in []])
first()
