# An error caught in a class body leaves the class to be made; one uncaught shows the
# body's frame under the `class` line.
def fails():
    return {}["missing"]


class Fine:
    try:
        fails()
    except KeyError as e:
        caught = repr(e)


print(Fine.caught)


class Outer:
    x = 1
    y = int("two")
