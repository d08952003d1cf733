d = {"a": 1, "b": 2, "c": 3}
for it in (reversed(d), reversed(d.keys()), reversed(d.values()), reversed(d.items())):
    print(type(it).__name__, list(it))
print(list(reversed({})))
for f in [lambda: dict.fromkeys(), lambda: dict.fromkeys(1, 2, 3), lambda: str.maketrans(),
          lambda: str.maketrans(1, 2, 3, 4), lambda: dict.fromkeys(iterable=[1]),
          lambda: str.maketrans(x="a")]:
    try:
        f()
    except TypeError as e:
        print(e)
