values = [0, 1, -1, 0.0, 0.5, "", "a", [], [0], (), (0,), {}, {"a": 1}, set(), {0}, None, True, False, range(0), range(1)]
for v in values:
    print(repr(v), bool(v), "yes" if v else "no")
