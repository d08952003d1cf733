# A class body runs in a frame named for the class, nested classes and all.
def fails():
    return {}["missing"]


def make():
    class Local:
        class Inner:
            value = fails()
    return Local


make()
