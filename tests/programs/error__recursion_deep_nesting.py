# Deeply nested containers: compare, order, repr, str, f-string and print recurse as deep as
# the nesting; past the recursion limit each is a RecursionError, not a crash.
def nested_list(depth):
    v = []
    for _ in range(depth):
        v = [v]
    return v


def nested_dict(depth):
    v = {}
    for _ in range(depth):
        v = {"k": v}
    return v


a, b = nested_list(100_000), nested_list(100_000)
print(nested_list(3) == nested_list(3), nested_list(3) < nested_list(4), str(nested_list(3)))
cases = [
    ("==", lambda: a == b),
    ("<", lambda: a < b),
    ("max", lambda: max([a, b])),
    ("sorted", lambda: sorted([a, b])),
    ("repr", lambda: repr(a)),
    ("str", lambda: str(a)),
    ("f-string", lambda: f"{a}"),
    ("format", lambda: format(a, "")),
    ("print", lambda: print(a)),
    ("tuple repr", lambda: repr(tuple(a))),
    ("dict repr", lambda: repr(nested_dict(100_000))),
    ("dict ==", lambda: nested_dict(100_000) == nested_dict(100_000)),
]
for name, run in cases:
    try:
        run()
        print(name, "ok")
    except RecursionError as e:
        print(name, e)


def recurse(n):
    return recurse(n + 1)


try:
    recurse(0)
except RecursionError as e:
    print("python", e)
print(repr(nested_list(900))[:20])
print(repr(nested_list(100_000)))
