try:
    int("nope")
except ValueError:
    print("caught, re-raising")
    raise
