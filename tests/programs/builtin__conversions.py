print(str(1), str(1.5), str([1]), str(None), str(True), str("s"))
print(int("  42\n"), int("-1_000"), int(7.99), int("0x1f", 16), int("11", base=2), int())
print(float("  2.5 "), float(3), float("-inf"), float())
print(bool(0), bool(""), bool("0"), bool([0]), bool(), bool(None))
print(list("ab"), list((1, 2)), list({"k": 1}), list(range(2)), list())
print(tuple([1, 2]), dict([(1, 2)]), set([1, 1]), frozenset("aa"))
print(repr("x"), repr(1), repr([1, "1"]), repr(None))
for bad in ["1.5", "", "abc", "1 2"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
