values = [0, 1.5, "s", [], (), {}, set(), None, True, range(2)]
for v in values:
    kinds = [t.__name__ for t in (int, float, str, list, tuple, dict, set, bool, range) if isinstance(v, t)]
    print(repr(v), kinds)
