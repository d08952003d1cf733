def risky(kind):
    if kind == "key":
        return {}["k"]
    if kind == "index":
        return [][0]
    if kind == "zero":
        return 1 / 0
    return "ok"
for kind in ["key", "index", "zero", "none"]:
    try:
        print(risky(kind))
    except (KeyError, IndexError) as e:
        print("lookup problem:", type(e).__name__, e)
    except ArithmeticError as e:
        print("math problem:", type(e).__name__, e)
try:
    risky("zero")
except ZeroDivisionError as err:
    pass
try:
    print(err)
except NameError as e:
    print("NameError:", e)
